package be.actraject.domain.training;

import be.actraject.domain.assessment.Competency;
import be.actraject.testsupport.TestEnterpriseNumbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;

/** Providers and modules the training tests enrol candidates in, each test its own. */
final class TrainingFixture {

    private final TrainingProviders providers;
    private final TrainingModules modules;

    TrainingFixture(TrainingProviders providers, TrainingModules modules) {
        this.providers = providers;
        this.modules = modules;
    }

    TrainingProvider provider() {
        return providers.create(new ProviderDraft("Syntra " + UUID.randomUUID(), "Els Peeters", "els@syntra.be",
                "09 123 45 67", TestEnterpriseNumbers.fresh()), COORDINATOR);
    }

    /** A module on demand with this cost and these seats (null: unlimited). */
    TrainingModule onDemand(String cost, Integer seats) {
        return modules.create(new ModuleDraft("Boekhouden voor starters", provider().getId(),
                Set.of(Competency.SENSE_OF_PROFITABILITY), true, null, true, new BigDecimal(cost), Payer.COOPERATIVE,
                seats), COORDINATOR);
    }

    /** A free module with one moment on the given day, and its moment. */
    TrainingMoment datedOn(LocalDate day, Integer seats) {
        TrainingModule module = modules.create(new ModuleDraft("Starterscursus", provider().getId(),
                Set.of(Competency.MARKET_INSIGHT, Competency.NETWORKING), false, "Unizo Gent", false,
                BigDecimal.ZERO, Payer.THIRD_PARTY, seats), COORDINATOR);
        return modules.addMoment(module.getId(), day, LocalTime.of(9, 0), LocalTime.of(12, 30), COORDINATOR);
    }
}
