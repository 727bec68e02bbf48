package be.actraject.domain.sector;

import be.actraject.domain.assessment.Competency;
import be.actraject.domain.training.DuplicateMomentException;
import be.actraject.domain.training.DuplicateProviderException;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingMoment;
import be.actraject.domain.training.ProviderDraft;
import be.actraject.domain.training.TrainingProvider;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.testsupport.HeldTransaction;
import be.actraject.testsupport.HeldTransaction.Outcome;
import be.actraject.testsupport.TestEnterpriseNumbers;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two coordinators (or a double click) adding the same thing at the same moment: both checks for a duplicate find
 * none, since the other's row is not committed yet. The second gets the same refusal as a duplicate found by the
 * check — never a 500 from the unique index, never a second row. Not in a test transaction: each add commits its own.
 */
@SpringBootTest
abstract class ConcurrentAddsContract {

    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrainingProviders providers;
    @Autowired
    TrainingModules modules;
    @Autowired
    Experts experts;
    @Autowired
    SectorGroups groups;
    @Autowired
    SectorMemberships memberships;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;

    @Test
    void aProviderSavedTwiceAtOnceIsTheDuplicateRefusalForTheSecond() throws Exception {
        var number = TestEnterpriseNumbers.fresh();
        ProviderDraft draft = new ProviderDraft("Syntra " + UUID.randomUUID(), "Els Peeters", "els@syntra.be",
                "09 123 45 67", number);

        Outcome<TrainingProvider> second = HeldTransaction.race(transactions,
                () -> providers.create(draft, COORDINATOR), () -> providers.create(draft, COORDINATOR));

        assertThat(second.thrown()).isInstanceOfSatisfying(DuplicateProviderException.class, e -> {
            // Stopped by the unique index, not by the check: the first was not committed when it looked.
            assertThat(second.waited()).isTrue();
            assertThat(e.messageKey()).isEqualTo("training.provider.duplicate.meanwhile");
            assertThat(e.messageArguments()).containsExactly(number.formatted());
        });
        assertThat(jdbc.queryForObject("select count(*) from training_provider where enterprise_number = ?",
                Long.class, number.digits())).isOne();
    }

    @Test
    void aProviderChangedToANumberSavedMeanwhileIsTheDuplicateRefusal() throws Exception {
        var number = TestEnterpriseNumbers.fresh();
        TrainingProvider other = providers.create(new ProviderDraft("Vdab " + UUID.randomUUID(), "An", "an@vdab.be",
                null, TestEnterpriseNumbers.fresh()), COORDINATOR);
        ProviderDraft draft = new ProviderDraft("Syntra " + UUID.randomUUID(), "Els Peeters", "els@syntra.be",
                null, number);

        Outcome<TrainingProvider> second = HeldTransaction.race(transactions,
                () -> providers.create(draft, COORDINATOR),
                () -> providers.change(other.getId(), new ProviderDraft(other.getName(), "An", "an@vdab.be", null,
                        number), COORDINATOR));

        assertThat(second.thrown()).isInstanceOf(DuplicateProviderException.class);
        assertThat(jdbc.queryForObject("select count(*) from training_provider where enterprise_number = ?",
                Long.class, number.digits())).isOne();
    }

    @Test
    void anExpertRegisteredTwiceAtOnceIsTheDuplicateRefusalForTheSecond() throws Exception {
        String email = "quirin." + UUID.randomUUID() + "@vloer.example";
        ExpertEntry entry = new ExpertEntry("Quirin Vandamme", "Vloerwerken", null, email, null, null);

        Outcome<Expert> second = HeldTransaction.race(transactions,
                () -> experts.register(entry, COACH), () -> experts.register(entry, COORDINATOR));

        assertThat(second.waited()).isTrue();
        assertThat(second.thrown()).isInstanceOfSatisfying(DuplicateExpertException.class,
                e -> assertThat(e.messageArguments()).containsExactly(email));
        assertThat(jdbc.queryForObject("select count(*) from expert where email = ?", Long.class, email)).isOne();
    }

    @Test
    void anExpertChangedToAnAddressRegisteredMeanwhileIsTheDuplicateRefusal() throws Exception {
        String email = "quirin." + UUID.randomUUID() + "@vloer.example";
        Expert other = experts.register(new ExpertEntry("Wannes Lievens", "Vloerwerken", null,
                "wannes." + UUID.randomUUID() + "@vloer.example", null, null), COACH);

        Outcome<Void> second = HeldTransaction.race(transactions,
                () -> experts.register(new ExpertEntry("Quirin Vandamme", "Vloerwerken", null, email, null, null), COACH),
                () -> {
                    experts.update(other.getId(), new ExpertEntry("Wannes Lievens", "Vloerwerken", null, email, null, null),
                            COORDINATOR);
                    return null;
                });

        assertThat(second.thrown()).isInstanceOf(DuplicateExpertException.class);
        assertThat(jdbc.queryForObject("select count(*) from expert where email = ?", Long.class, email)).isOne();
    }

    /** The membership table has no unique index (a member who left keeps the row): the group's lock holds the line. */
    @Test
    void aCandidateAddedToASectorGroupTwiceAtOnceIsOneMembership() throws Exception {
        String number = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Ilse", "Wouters", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.PROSPECTING);
        SectorGroup group = groups.create(new SectorGroupEntry("Horeca " + UUID.randomUUID(), "I — Horeca", null,
                "coach"), COORDINATOR);

        Outcome<Void> second = HeldTransaction.race(transactions,
                () -> memberships.join(group.getId(), t.getId(), COACH),
                () -> {
                    memberships.join(group.getId(), t.getId(), COORDINATOR);
                    return null;
                });

        assertThat(second.waited()).as("the second join waits for the group's lock").isTrue();
        assertThat(second.thrown()).isInstanceOf(AlreadyMemberException.class);
        assertThat(jdbc.queryForObject("select count(*) from sector_group_member where group_id = ?"
                + " and trajectory_id = ? and left_on is null", Long.class, group.getId(), t.getId())).isOne();
    }

    /** Issue 17: the same moment of a module saved twice at once (a double click) is one moment, seats once. */
    @Test
    void aMomentAddedTwiceAtOnceIsTheDuplicateRefusalForTheSecond() throws Exception {
        TrainingProvider provider = providers.create(new ProviderDraft("Syntra " + UUID.randomUUID(), "Els Peeters",
                "els@syntra.be", null, TestEnterpriseNumbers.fresh()), COORDINATOR);
        TrainingModule module = modules.create(new ModuleDraft("Starterscursus", provider.getId(),
                Set.of(Competency.MARKET_INSIGHT), false, "Unizo Gent", false, BigDecimal.ZERO, Payer.THIRD_PARTY,
                12), COORDINATOR);
        LocalDate day = LocalDate.now(clock).plusDays(14);

        Outcome<TrainingMoment> second = HeldTransaction.race(transactions,
                () -> modules.addMoment(module.getId(), day, LocalTime.of(9, 0), LocalTime.of(12, 0), COORDINATOR),
                () -> modules.addMoment(module.getId(), day, LocalTime.of(9, 0), LocalTime.of(12, 0), COORDINATOR));

        assertThat(second.waited()).as("stopped by the unique index, not by the check").isTrue();
        assertThat(second.thrown()).isInstanceOfSatisfying(DuplicateMomentException.class,
                e -> assertThat(e.messageKey()).isEqualTo("training.moment.duplicate"));
        assertThat(jdbc.queryForObject("select count(*) from training_moment where module_id = ?", Long.class,
                module.getId())).isOne();
    }
}
