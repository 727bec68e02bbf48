package be.actraject.web.authz;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.domain.access.Actor;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTimers;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.PhaseElements;
import be.actraject.workflow.Role;
import be.actraject.workflow.SupportElements;
import be.actraject.workflow.TrajectoryElements;
import be.actraject.workflow.UserTask;
import org.springframework.context.ApplicationContext;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The candidates the matrix posts about, each registered under a name of the matrix's own and brought to the point
 * its rows need the first time a row asks, then the same one for every role the row is tried with — as one demo
 * candidate was. {@code coach}'s unless the method says {@code coach2}'s.
 */
final class MatrixCandidates {

    static final String CUSTOMER = "Stad Matrixdorp";
    static final String CUSTOMER_OF_COACH2 = "Bakkerij Matrix bv";

    private final TestTrajectories trajectories;
    private final TestInvoicing invoicing;
    private final TestTimers timers;
    private final ExitTasks exits;
    private final InvoiceTasks invoices;
    private final Map<String, TestTrajectory> made = new HashMap<>();
    private final Map<String, Long> invoicesMade = new HashMap<>();

    MatrixCandidates(ApplicationContext context) {
        this.trajectories = new TestTrajectories(context);
        this.invoicing = new TestInvoicing(context);
        this.timers = new TestTimers(context);
        this.exits = context.getBean(ExitTasks.class);
        this.invoices = context.getBean(InvoiceTasks.class);
    }

    /** In the pool, its intake conversation open to every coach. */
    TestTrajectory inPool() {
        return once("pool", () -> trajectories.candidate("Pol", "Matrixpool").registered());
    }

    /** Another in the pool, for the watch's repairs. */
    TestTrajectory inPoolForTheWatch() {
        return once("watch", () -> trajectories.candidate("Wes", "Matrixwacht").registered());
    }

    /** At the intake conversation; {@code label} keeps rows that use up the task apart. */
    TestTrajectory atConversation(String label) {
        return once("conversation " + label,
                () -> trajectories.candidate("Cato", "Matrixgesprek " + label).coachedBy("coach").registered());
    }

    /** For the corrections of issue 16: personal data, another coach, another date of entry. */
    TestTrajectory toCorrect(String label) {
        return once("correct " + label, () -> trajectories.candidate("Vera", "Matrixverbetering " + label)
                .coachedBy("coach").atEntreSpiegel());
    }

    TestTrajectory atEntreSpiegel() {
        return once("entre-spiegel",
                () -> trajectories.candidate("Emma", "Matrixspiegel").coachedBy("coach").atEntreSpiegel());
    }

    TestTrajectory atPopOfCoach2() {
        return once("pop", () -> trajectories.candidate("Pia", "Matrixpop").coachedBy("coach2").atPop());
    }

    TestTrajectory atIntakeDecisionOfCoach2() {
        return once("intake-decision",
                () -> trajectories.candidate("Ivo", "Matrixbeslissing").coachedBy("coach2").atIntakeDecision());
    }

    /** In the exploration, waiting for a group; with a plan. */
    TestTrajectory awaitingGroup() {
        return once("awaiting group",
                () -> trajectories.candidate("Hein", "Matrixgroep").coachedBy("coach").awaitingGroup());
    }

    TestTrajectory inExploration() {
        return once("exploration",
                () -> trajectories.candidate("Pim", "Matrixverkenning").coachedBy("coach").inExploration());
    }

    /** In the exploration, its limit near: the warning open. */
    TestTrajectory nearTheLimit() {
        return once("near the limit", () -> {
            TestTrajectory t = trajectories.candidate("Jul", "Matrixgrens").coachedBy("coach").inExploration();
            timers.fire(t, TrajectoryElements.PRE_INVOICING_WARNING);
            return t;
        });
    }

    TestTrajectory inProspecting() {
        return once("prospecting",
                () -> trajectories.candidate("Arno", "Matrixprospectie").coachedBy("coach").inProspecting());
    }

    /** In the prospecting, past its limit: the coordinators' escalation open. */
    TestTrajectory pastTheLimit() {
        return once("past the limit", () -> {
            TestTrajectory t = trajectories.candidate("Aster", "Matrixlimiet").coachedBy("coach").inProspecting();
            timers.fire(t, TrajectoryElements.PRE_INVOICING_LIMIT);
            return t;
        });
    }

    /** Stopped: the exit registration open. */
    TestTrajectory stopped() {
        return once("stopped", () -> {
            TestTrajectory t = trajectories.candidate("Dirk", "Matrixstop").coachedBy("coach").atEntreSpiegel();
            exits.stop(t.trajectoryId(), "Stopt ermee.", Actor.of("coach", Role.COACH));
            return t;
        });
    }

    /** Ended as salaried, coach2's, its aftercare follow-up due. */
    TestTrajectory inAftercareOfCoach2() {
        return once("aftercare", () -> {
            Actor coach2 = Actor.of("coach2", Role.COACH);
            TestTrajectory t = trajectories.candidate("Saar", "Matrixnazorg").coachedBy("coach2").atEntreSpiegel();
            exits.stop(t.trajectoryId(), "Vond een job.", coach2);
            exits.completeExitRegistration(trajectories.claim(t, UserTask.EXIT_REGISTRATION, coach2),
                    ExitType.SALARIED, "Aangeworven als boekhoudster.", coach2);
            timers.fire(t, SupportElements.FOLLOW_UP_DUE);
            return t;
        });
    }

    /**
     * Invoicing, with {@link #CUSTOMER}, an issued invoice whose payment is overdue, an invoice waiting for the coach's
     * approval, an open quote and the monthly statement due.
     */
    TestTrajectory invoicing() {
        return once("invoicing", () -> {
            TestTrajectory t = trajectories.candidate("Koos", "Matrixfactuur").coachedBy("coach").inInvoicing();
            long customer = invoicing.business(t, CUSTOMER, "coach");
            long issued = invoicing.issuedInvoice(t, customer, CUSTOMER, "540.00", "coach");
            invoicesMade.put("issued", issued);
            timers.fireForInvoice(issued, SupportElements.PAYMENT_DUE);
            invoicing.openQuote(t, customer, "coach");
            invoicing.submitted(t, customer, CUSTOMER, "280.00", "coach");
            timers.fire(t, PhaseElements.EXTRA_EARNINGS_DUE);
            return t;
        });
    }

    /** Invoicing, coach2's, an invoice to {@link #CUSTOMER_OF_COACH2} sent back for correction. */
    TestTrajectory correctingOfCoach2() {
        return once("correcting", () -> {
            Actor coach2 = Actor.of("coach2", Role.COACH);
            TestTrajectory t = trajectories.candidate("Rik", "Matrixcorrectie").coachedBy("coach2").inInvoicing();
            long customer = invoicing.business(t, CUSTOMER_OF_COACH2, "coach2");
            invoicing.submitted(t, customer, CUSTOMER_OF_COACH2, "450.00", "coach2");
            invoices.completeApproval(trajectories.claim(t, UserTask.INVOICE_APPROVAL_COACH, coach2),
                    UserTask.INVOICE_APPROVAL_COACH, Decision.SEND_BACK, "Het bedrag klopt niet.", coach2);
            return t;
        });
    }

    /** The learning group the matrix's candidates are placed in, coached by {@code coach}. */
    long group() {
        return trajectories.group();
    }

    private TestTrajectory once(String label, Supplier<TestTrajectory> make) {
        return made.computeIfAbsent(label, l -> make.get());
    }
}
