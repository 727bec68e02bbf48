package be.actraject.web.authz;

import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.training.Attendances;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.ProviderDraft;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import be.actraject.testsupport.TestEnterpriseNumbers;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The matrix's training: a provider with a free module and a paid one (both on demand, unlimited), and fresh
 * enrolments of the exploring candidate at the step a row needs — each row uses one up, each in a module of its own,
 * since a candidate's enrolment that still stands refuses a second one in the same module.
 */
final class MatrixTraining {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    private static final Actor COACH = Actor.of("coach", Role.COACH);

    private final TrainingProviders providers;
    private final TrainingModules modules;
    private final Enrolments enrolments;
    private final Attendances attendances;
    private final TestTrajectory candidate;
    private Long provider;
    private Long freeModule;
    private Long paidModule;
    private int modulesMade;

    MatrixTraining(ApplicationContext context, TestTrajectory candidate) {
        this.providers = context.getBean(TrainingProviders.class);
        this.modules = context.getBean(TrainingModules.class);
        this.enrolments = context.getBean(Enrolments.class);
        this.attendances = context.getBean(Attendances.class);
        this.candidate = candidate;
    }

    long provider() {
        if (provider == null) {
            provider = providers.create(new ProviderDraft("Matrix Opleidingen", "Mia Matrix", "mia@example.be",
                    null, TestEnterpriseNumbers.fresh()), COORDINATOR).getId();
        }
        return provider;
    }

    long freeModule() {
        if (freeModule == null) {
            freeModule = module("Matrix gratis", "0");
        }
        return freeModule;
    }

    long paidModule() {
        if (paidModule == null) {
            paidModule = module("Matrix betalend", "95.00");
        }
        return paidModule;
    }

    /** A new enrolment in the paid module, waiting for the coordinator. */
    long requested() {
        return enrolments.enrol(candidate.candidateId(), module("Matrix betalend " + ++modulesMade, "95.00"), null,
                COACH).getId();
    }

    /** The path of the approval task of a new enrolment in the paid module, on the holder's name. */
    String approvalTask(MatrixFixture fixture, String holder) {
        requested();
        return fixture.task(candidate, UserTask.TRAINING_APPROVAL, holder);
    }

    /** A new enrolment in the free module, agreed at once. */
    long agreed() {
        return enrolments.enrol(candidate.candidateId(), module("Matrix gratis " + ++modulesMade, "0"), null, COACH)
                .getId();
    }

    /** A new enrolment in the free module, attended. */
    long attended() {
        long id = agreed();
        attendances.recordAttendance(id, true, COACH);
        return id;
    }

    /** A new enrolment in the free module, recorded absent. */
    long absent() {
        long id = agreed();
        attendances.recordAttendance(id, false, COACH);
        return id;
    }

    private long module(String title, String cost) {
        return modules.create(new ModuleDraft(title, provider(), Set.of(Competency.NETWORKING), true, "Gent", false,
                new BigDecimal(cost), Payer.COOPERATIVE, null), COORDINATOR).getId();
    }
}
