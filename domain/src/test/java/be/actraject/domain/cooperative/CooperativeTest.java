package be.actraject.domain.cooperative;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The cooperative's configuration is checked before the application starts, the check digits included. */
class CooperativeTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Cooperative valid() {
        Cooperative c = new Cooperative();
        c.setName("Activiteitencoöperatie Vooruit cvso");
        c.setStreet("Stationsstraat 12");
        c.setPostalCode("9000");
        c.setCity("Gent");
        c.setEnterpriseNumber("0566.988.259");
        c.setIban("BE68 5390 0754 7034");
        c.setBic("GKCCBEBB");
        return c;
    }

    private static Set<String> violations(Cooperative c) {
        Set<ConstraintViolation<Cooperative>> found = VALIDATOR.validate(c);
        return found.stream().map(v -> v.getPropertyPath().toString()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aCompleteCooperativeIsTheSellerOnItsInvoices() {
        Cooperative c = valid();

        assertThat(violations(c)).isEmpty();
        assertThat(c.asSeller().vatNumber()).isEqualTo("BE0566988259");
        assertThat(c.asSeller().endpointScheme()).isEqualTo("0208");
        assertThat(c.account().value()).isEqualTo("BE68539007547034");
        c.setBic("gkcc\u00a0bebb");
        assertThat(violations(c)).as("a BIC pasted with spaces and in lower case").isEmpty();
        assertThat(c.getBic()).isEqualTo("GKCCBEBB");
        c.setBic("");
        assertThat(violations(c)).as("the BIC is optional").isEmpty();
        assertThat(c.getBic()).isNull();
    }

    @Test
    void aWrongEnterpriseNumberIbanOrBicOrAMissingNameIsRefused() {
        Cooperative c = valid();
        c.setEnterpriseNumber("0566.988.258");
        c.setIban("BE68539007547035");
        c.setBic("not a bic");
        c.setName(" ");
        c.setContributionPercent(new BigDecimal("60"));

        assertThat(violations(c)).containsExactlyInAnyOrder("enterpriseNumberValid", "ibanValid", "bicValid", "name",
                "contributionPercent");
    }
}
