package be.actraject.domain.training;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.testsupport.TestEnterpriseNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One enterprise is one training provider, however its number is written; run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest
@Transactional
abstract class ProvidersContract {

    @Autowired
    TrainingProviders providers;
    @Autowired
    TrainingModules modules;
    @Autowired
    JdbcTemplate jdbc;

    private static ProviderDraft draft(String name, EnterpriseNumber number) {
        return new ProviderDraft(name, null, null, null, number);
    }

    /** The number as a coordinator might paste it: with "BE", spaces and dots. */
    private static String pasted(EnterpriseNumber number) {
        return "BE " + number.formatted();
    }

    @Test
    void aSecondProviderWithTheSameEnterpriseNumberIsRefusedNamingTheFirst() {
        EnterpriseNumber number = TestEnterpriseNumbers.fresh();
        providers.create(draft("Syntra Gent", number), COORDINATOR);
        long before = providers.all().size();

        assertThatThrownBy(() -> providers.create(draft("Syntra Midden-Vlaanderen",
                EnterpriseNumber.parse(pasted(number))), COORDINATOR))
                .isInstanceOfSatisfying(DuplicateProviderException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("training.provider.duplicate");
                    assertThat(e.messageArguments()).containsExactly(number.formatted(), "Syntra Gent");
                });
        assertThat(providers.all()).hasSize((int) before);
    }

    @Test
    void aProviderCannotBeChangedToTheNumberOfAnotherButKeepsItsOwn() {
        EnterpriseNumber taken = TestEnterpriseNumbers.fresh();
        providers.create(draft("Unizo", taken), COORDINATOR);
        EnterpriseNumber own = TestEnterpriseNumbers.fresh();
        long id = providers.create(draft("Voka", own), COORDINATOR).getId();

        assertThatThrownBy(() -> providers.change(id, draft("Voka", taken), COORDINATOR))
                .isInstanceOf(DuplicateProviderException.class);
        assertThat(providers.get(id).getEnterpriseNumber()).isEqualTo(own);

        providers.change(id, draft("Voka Oost-Vlaanderen", own), COORDINATOR);
        assertThat(providers.get(id).getName()).isEqualTo("Voka Oost-Vlaanderen");
    }

    @Test
    void theDatabaseHoldsTheLineWhenTheCheckIsBypassed() {
        String digits = TestEnterpriseNumbers.fresh().digits();
        String insert = "insert into training_provider (name, enterprise_number) values (?, ?)";
        jdbc.update(insert, "Eerste", digits);

        assertThatThrownBy(() -> jdbc.update(insert, "Tweede", digits))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void providersAndModulesAreListedInDutchOrderNotByCodePoint() {
        String mark = " " + UUID.randomUUID();
        long zorg = providers.create(draft("Zorg" + mark, TestEnterpriseNumbers.fresh()), COORDINATOR).getId();
        providers.create(draft("Ébénisterie" + mark, TestEnterpriseNumbers.fresh()), COORDINATOR);
        providers.create(draft("aannemers" + mark, TestEnterpriseNumbers.fresh()), COORDINATOR);
        for (String title : new String[] {"Zorg", "Ébénisterie", "aannemers"}) {
            modules.create(new ModuleDraft(title + mark, zorg, Set.of(), true, null, true, BigDecimal.ZERO,
                    Payer.COOPERATIVE, null), COORDINATOR);
        }

        assertThat(providers.all().stream().map(TrainingProvider::getName).filter(n -> n.endsWith(mark)))
                .containsExactly("aannemers" + mark, "Ébénisterie" + mark, "Zorg" + mark);
        assertThat(modules.all().stream().map(TrainingModule::getTitle).filter(t -> t.endsWith(mark)))
                .containsExactly("aannemers" + mark, "Ébénisterie" + mark, "Zorg" + mark);
    }
}
