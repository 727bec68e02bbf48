package be.actraject.domain.customer;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.customer.InvalidCustomerException.Reason;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Role;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customers are checked before they are kept; run on H2 and PostgreSQL by the subclasses. */
@SpringBootTest
@Transactional
abstract class CustomersContract {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    Customers customers;
    @Autowired
    JdbcTemplate jdbc;

    private long trajectory() {
        String number = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Ruben", "Dubois", number, clock), "coach", COORDINATOR);
        return t.getId();
    }

    private static CustomerDetails belgian(String number) {
        return new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Bakkerij Ronse bv", "Grote Markt 3", "9600",
                "Ronse", "BE", number, null, null, "info@bakkerij.example");
    }

    private static Reason reasonOf(Runnable add) {
        try {
            add.run();
        } catch (InvalidCustomerException e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aBelgianBusinessIsReachedOnPeppolByItsEnterpriseNumber() {
        long id = trajectory();

        Customer customer = customers.add(id, belgian("BE 0403.170.701"), COACH);

        assertThat(customer.getEnterpriseNumber()).isEqualTo("0403.170.701");
        assertThat(customer.getVatNumber()).isEqualTo("BE0403170701");
        assertThat(customer.asBuyer().endpointScheme()).isEqualTo("0208");
        assertThat(customer.asBuyer().endpointId()).isEqualTo("0403170701");
        assertThat(customers.of(id, OFFICE)).extracting(Customer::getName).containsExactly("Bakkerij Ronse bv");
    }

    @Test
    void aCustomerKeepsTheLanguageOfItsDocumentsAndOneRecordedWithoutReadsDutch() {
        long id = trajectory();
        CustomerDetails french = new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Boulangerie Lambert srl",
                "Rue Haute 4", "7700", "Mouscron", "BE", "0403.170.701", null, null, "compta@lambert.example", true,
                CustomerLanguage.FR);

        Customer lambert = customers.add(id, french, COACH);
        Customer ronse = customers.add(id, belgian("0403.170.701"), COACH);

        assertThat(jdbc.queryForObject("select language from customer where id = ?", String.class, lambert.getId()))
                .isEqualTo("fr");
        assertThat(ronse.getLanguage()).isEqualTo(CustomerLanguage.NL);
        assertThat(CustomerLanguage.FR.locale().toLanguageTag()).isEqualTo("fr-BE");
        assertThat(CustomerLanguage.ofCode("en")).isEqualTo(CustomerLanguage.EN);
    }

    @Test
    void aForeignBusinessNeedsAVatNumberOfItsOwnCountry() {
        long id = trajectory();
        CustomerDetails dutch = new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Van Dijk BV", "Kerkstraat 1",
                "4811 AB", "Breda", "NL", null, "nl 123456789 b01", "9944:NL123456789B01", null);

        Customer customer = customers.add(id, dutch, OFFICE);

        assertThat(customer.getVatNumber()).isEqualTo("NL123456789B01");
        assertThat(customer.asBuyer().endpointScheme()).isEqualTo("9944");
        assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Van Dijk BV",
                "Kerkstraat 1", "4811 AB", "Breda", "NL", null, "DE123456789", null, null), COACH)))
                .isEqualTo(Reason.VAT_NUMBER);
    }

    @Test
    void aBelgianBusinessNotRegisteredForVatHasNoVatNumber() {
        long id = trajectory();

        Customer association = customers.add(id, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Vzw De Buurt",
                "Kerkplein 1", "9000", "Gent", "BE", "1000.000.021", null, null, null, false), COACH);

        assertThat(association.isVatRegistered()).isFalse();
        assertThat(association.getVatNumber()).as("no 'Btw BE1000000021' on its invoices").isNull();
        assertThat(association.asBuyer().vatNumber()).isNull();
        assertThat(association.asBuyer().endpointId()).isEqualTo("1000000021");
        assertThat(customers.add(id, belgian("0403.170.701"), COACH).isVatRegistered()).isTrue();
    }

    @Test
    void aBusinessOutsideTheEuNeedsNoVatNumberAndKeepsItsTaxIdAsGiven() {
        long id = trajectory();

        Customer american = customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Acme Inc.",
                "1 Main Street", "10001", "New York", "US", null, "", null, null), COACH);
        Customer swiss = customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Käserei AG",
                "Dorfstrasse 1", "3000", "Bern", "CH", null, " CHE-116.281.710\u00a0 MWST ", null, null), COACH);
        Customer norwegian = customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Fjord Sykler AS",
                "Strandgata 2", "5013", "Bergen", "NO", null, "NO 923 609 016 MVA", null, null), COACH);

        assertThat(american.getVatNumber()).isNull();
        assertThat(swiss.getVatNumber()).isEqualTo("CHE-116.281.710 MWST");
        assertThat(norwegian.getVatNumber()).isEqualTo("NO 923 609 016 MVA");
        // In the EU the VIES format still holds, and a business there needs its number.
        assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Van Dijk BV",
                "Kerkstraat 1", "4811 AB", "Breda", "NL", null, "", null, null), COACH)))
                .isEqualTo(Reason.VAT_NUMBER);
    }

    @Test
    void numbersPastedWithNoBreakSpacesAndInLowerCaseAreReadAndCheckedAsTheirRegistriesDefineThem() {
        long id = trajectory();

        Customer belgian = customers.add(id, belgian("BE\u00a01000.000.021"), COACH);
        Customer german = customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Ökobäckerei GmbH",
                "Hauptstraße 1", "10115", "Berlin", "DE", null, "de\u202f123\u202f456\u202f789", null, null), COACH);
        Customer greek = customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Φούρνος ΑΕ",
                "Odos 1", "10431", "Athina", "GR", null, "el 094259216", null, null), COACH);

        assertThat(belgian.getVatNumber()).isEqualTo("BE1000000021");
        assertThat(german.getVatNumber()).isEqualTo("DE123456789");
        assertThat(greek.getVatNumber()).isEqualTo("EL094259216");
        // Ten digits is no German VAT number (VIES: DE and nine digits); a Greek one is written EL, not GR.
        assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Zu lang GmbH",
                "Hauptstraße 2", "10115", "Berlin", "DE", null, "DE1234567890", null, null), COACH)))
                .isEqualTo(Reason.VAT_NUMBER);
        assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Fournos",
                "Odos 2", "10431", "Athina", "GR", null, "GR094259216", null, null), COACH)))
                .isEqualTo(Reason.VAT_NUMBER);
        assertThat(reasonOf(() -> customers.add(id, belgian("BE\u00a01000.000.022"), COACH)))
                .isEqualTo(Reason.ENTERPRISE_NUMBER);
    }

    @Test
    void aPastedPeppolIdIsCleanedBeforeItIsKept() {
        long id = trajectory();

        Customer customer = customers.add(id, german("9930:de\u00a0123 456 789"), COACH);

        assertThat(customer.getPeppolScheme()).isEqualTo("9930");
        assertThat(customer.getPeppolId()).isEqualTo("DE123456789");
    }

    private static CustomerDetails german(String peppolId) {
        return new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Rad GmbH", "Hauptstraße 2", "10115", "Berlin",
                "DE", null, "DE123456789", peppolId, null);
    }

    @Test
    void aPeppolIdOfItsOwnNumberIsTakenInEveryScheme() {
        long id = trajectory();

        assertThat(customers.add(id, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Hotel De Valk",
                "Grote Markt 9", "2300", "Turnhout", "BE", "0412.345.614", null, "0208:0412345614", null), COACH)
                .getPeppolId()).isEqualTo("0412345614");
        assertThat(customers.add(id, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Hotel De Valk",
                "Grote Markt 9", "2300", "Turnhout", "BE", "0412.345.614", null, "9925:BE0412345614", null), COACH)
                .getPeppolScheme()).isEqualTo("9925");
        assertThat(customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Fjord AS",
                "Strandgata 2", "5013", "Bergen", "NO", null, null, "0192:923609016", null), COACH)
                .getPeppolScheme()).as("a national register: not checkable here, taken").isEqualTo("0192");
    }

    @Test
    void aConsumerNeedsNoNumber() {
        long id = trajectory();

        Customer customer = customers.add(id, new CustomerDetails(CustomerKind.CONSUMER, "Jan Peeters",
                "Dorpsstraat 5", "9000", "Gent", "BE", null, null, null, null), COACH);

        assertThat(customer.reachableOnPeppol()).isFalse();
        assertThat(customer.asBuyer().vatNumber()).isNull();
    }

    @Test
    void wrongNumbersTheCooperativeItselfAndWrongCountriesAreRefused() {
        long id = trajectory();

        assertThat(reasonOf(() -> customers.add(id, belgian("0403.170.702"), COACH)))
                .isEqualTo(Reason.ENTERPRISE_NUMBER);
        assertThat(reasonOf(() -> customers.add(id, belgian(null), COACH))).isEqualTo(Reason.ENTERPRISE_NUMBER);
        assertThat(reasonOf(() -> customers.add(id, belgian("0566.988.259"), COACH))).isEqualTo(Reason.SELF);
        assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "X",
                "Straat 1", "4811", "Breda", "NL", "0403.170.701", null, null, null), COACH)))
                .isEqualTo(Reason.COUNTRY);
        assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.CONSUMER, "Jan", "Straat 1",
                "9000", "Gent", "BE", null, null, "peppol", null), COACH))).isEqualTo(Reason.PEPPOL_ID);
        // Issue 13: a scheme outside the EAS list, and a VAT scheme of another country than the customer's.
        assertThat(reasonOf(() -> customers.add(id, german("9999:xyz"), COACH))).isEqualTo(Reason.PEPPOL_ID);
        assertThat(reasonOf(() -> customers.add(id, german("9930:FR40303265045"), COACH)))
                .isEqualTo(Reason.PEPPOL_ID);
        assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Vélo SA",
                "Rue 2", "75001", "Paris", "FR", null, "FR40303265045", "9930:DE123456789", null), COACH)))
                .isEqualTo(Reason.PEPPOL_COUNTRY);
        // A number scheme names the customer's own number: not another German VAT number, not the cooperative's.
        assertThat(reasonOf(() -> customers.add(id, german("9930:DE999999999"), COACH)))
                .isEqualTo(Reason.PEPPOL_NOT_OWN);
        assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Hotel De Valk",
                "Grote Markt 9", "2300", "Turnhout", "BE", "0412.345.614", null, "0208:0566988259", null), COACH)))
                .isEqualTo(Reason.PEPPOL_NOT_OWN);
        assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Fjord AS",
                "Strandgata 2", "5013", "Bergen", "NO", null, null, "0208:0403170701", null), COACH)))
                .isEqualTo(Reason.PEPPOL_NOT_OWN);
        // Countries as ISO 3166-1 assigns them (BR-CL-14): not ZZ, not the VAT prefix XI.
        for (String country : new String[] {"ZZ", "XI", "EU"}) {
            assertThat(reasonOf(() -> customers.add(id, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS, "Firma",
                    "Straat 1", "1000", "Stad", country, null, null, null, null), COACH)))
                    .as(country).isEqualTo(Reason.COUNTRY_CODE);
        }
        assertThatThrownBy(() -> customers.add(id, new CustomerDetails(CustomerKind.CONSUMER, " ", "Straat 1",
                "9000", "Gent", "be", null, null, null, "geen-mail"), COACH))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(customers.of(id, COACH)).isEmpty();
    }

    @Test
    void onlyThoseWhoMaySeeTheCandidateRecordItsCustomers() {
        long id = trajectory();

        assertThatThrownBy(() -> customers.add(id, belgian("0403.170.701"), COACH2))
                .isInstanceOf(NotInCaseloadException.class);
        assertThatThrownBy(() -> customers.add(id, belgian("0403.170.701"), Actor.of("beheer", Role.ADMINISTRATOR)))
                .isInstanceOf(NotPermittedException.class);
    }
}
