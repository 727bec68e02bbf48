package be.actraject.bpmn.process;

import be.actraject.bpmn.aftercare.AftercareStart;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.DecisionVariables;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * An in-memory engine without Spring, the models deployed, and the beans they name replaced: mocks where the test
 * only checks the call, small fakes where the model depends on an answer (the dates of the timers). Time moves by
 * setting the engine's clock and running the timers that are then due — never by sleeping.
 */
@Deployment(resources = {"bpmn/trajectory.bpmn", "bpmn/intake.bpmn", "bpmn/exploration.bpmn",
        "bpmn/prospecting.bpmn", "bpmn/invoicing.bpmn", "bpmn/invoice-approval.bpmn",
        "bpmn/invoice-approval-rule.dmn", "bpmn/learning-group-session.bpmn", "bpmn/aftercare.bpmn",
        "bpmn/invoice-payment.bpmn", "bpmn/training-enrolment.bpmn", "bpmn/training-approval-rule.dmn"})
abstract class ProcessTestSupport {

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 9, 0);
    static final long TRAJECTORY = 7L;

    @RegisterExtension
    ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    final PhasesMock phases = mock(PhasesMock.class);
    final ExitsMock exits = mock(ExitsMock.class);
    final FakeLimits limits = new FakeLimits();
    final FakeDeadlines deadlines = new FakeDeadlines();
    final TaskListener caseloadListener = mock(TaskListener.class);
    final TaskListener sessionListener = mock(TaskListener.class);
    final FakeInvoiceFacts invoiceFacts = new FakeInvoiceFacts();
    final JavaDelegate invoiceIssuer = mock(JavaDelegate.class);
    final FakeSessions sessions = new FakeSessions();
    final FakeAftercareSchedule aftercareSchedule = new FakeAftercareSchedule();
    final FakeTrainingFacts trainingFacts = new FakeTrainingFacts();
    final JavaDelegate ruleAgreement = mock(JavaDelegate.class);

    @BeforeEach
    void setUpEngine() {
        engine = extension.getProcessEngine();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(START));
        Mocks.register("trajectoryPhases", phases);
        Mocks.register("trajectoryExits", exits);
        Mocks.register("trajectoryLimits", limits);
        Mocks.register("deadlines", deadlines);
        Mocks.register("trajectoryParameters", new TrajectoryParameters());
        Mocks.register("caseloadTaskListener", caseloadListener);
        Mocks.register("sessionTaskListener", sessionListener);
        Mocks.register("aftercareStart", new AftercareStart());
        Mocks.register("aftercareSchedule", aftercareSchedule);
        Mocks.register("invoiceFacts", invoiceFacts);
        Mocks.register("invoiceIssuer", invoiceIssuer);
        Mocks.register("learningGroupSessions", sessions);
        Mocks.register("trainingFacts", trainingFacts);
        Mocks.register("ruleAgreement", ruleAgreement);
        // The real deciders: what they guard against is the engine's own evaluation of the deployed tables.
        Mocks.register("trainingApprovalDecision", new be.actraject.bpmn.training.TrainingApprovalDecision());
        Mocks.register("invoiceApprovalDecision", new be.actraject.bpmn.invoice.InvoiceApprovalDecision());
    }

    @AfterEach
    void resetEngine() {
        Mocks.reset();
        ClockUtil.reset();
    }

    static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ZONE).toInstant());
    }

    static Date now() {
        return ClockUtil.getCurrentTime();
    }

    static Date plus(Date date, Period period) {
        return Date.from(date.toInstant().atZone(ZONE).plus(period).toInstant());
    }

    ProcessInstance startTrajectory() {
        return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.TRAJECTORY,
                Long.toString(TRAJECTORY), Map.of(Variables.TRAJECTORY_ID, TRAJECTORY));
    }

    /** The one open task of this kind in the trajectory's processes; fails when there is none or more. */
    Task task(UserTask kind) {
        List<Task> found = openTasks(kind);
        assertThat(found).as("open " + kind).hasSize(1);
        return found.get(0);
    }

    List<Task> openTasks(UserTask kind) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(kind.key()).list();
    }

    void complete(UserTask kind) {
        complete(kind, Map.of());
    }

    void complete(UserTask kind, Map<String, Object> variables) {
        engine.getTaskService().complete(task(kind).getId(), variables);
    }

    void decide(UserTask kind, Decision decision) {
        complete(kind, DecisionVariables.of(kind, decision, null, "because " + decision));
    }

    void endAtLimit(UserTask kind, ExitType exit) {
        complete(kind, DecisionVariables.of(kind, Decision.END, exit, "limit reached"));
    }

    /** Moves the engine clock and runs every job due by then, including those that running them makes due. */
    void moveClockTo(Date moment) {
        ClockUtil.setCurrentTime(moment);
        for (int round = 0; round < 50; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep falling due");
    }

    void completeIntake() {
        complete(UserTask.INDIVIDUAL_CONVERSATION);
        complete(UserTask.ENTRE_SPIEGEL);
        complete(UserTask.POP_CREATION);
        decide(UserTask.INTAKE_DECISION, Decision.CONTINUE);
    }

    void completeExploration() {
        complete(UserTask.LEARNING_GROUP_PLACEMENT);
        decide(UserTask.EXPLORATION_REVIEW, Decision.CONTINUE);
    }

    long running(String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
    }

    // ---- the beans the models name, as the tests need them

    /** The methods of {@code trajectoryPhases}. */
    interface PhasesMock {
        void enter(Number trajectoryId, String phase);
    }

    /** The methods of {@code trajectoryExits}. */
    interface ExitsMock {
        void record(Number trajectoryId, String exitType, String exitReason);
    }

    /** {@code trajectoryLimits}: the limits start at their opening, and a test moves them as an extension would. */
    public static class FakeLimits {
        final Map<String, Date> lastMoment = new HashMap<>();
        final List<String> opened = new ArrayList<>();

        public void open(Number trajectoryId, String limit) {
            opened.add(limit);
            lastMoment.put(limit, plus(now(), limit.equals("PRE_INVOICING") ? Period.ofMonths(6) : Period.ofMonths(12)));
        }

        public Date limitAt(Number trajectoryId, String limit) {
            return lastMoment.get(limit);
        }

        public Date warningAt(Number trajectoryId, String limit) {
            return plus(lastMoment.get(limit), Period.ofMonths(-1));
        }

        void extend(String limit, Period by) {
            lastMoment.put(limit, plus(lastMoment.get(limit), by));
        }
    }

    /** {@code deadlines}: a week from now, and reviews two months from now. */
    public static class FakeDeadlines {
        public Date fromNow(String taskKey) {
            return plus(now(), Period.ofDays(7));
        }

        public Date phaseReview(Number trajectoryId, String phase) {
            return plus(now(), Period.ofMonths(2));
        }
    }

    /** {@code invoiceFacts}: the amount and history the decision table weighs. */
    public static class FakeInvoiceFacts {
        double amount = 400;
        int issued = 5;

        public double amount(Number invoiceId) {
            return amount;
        }

        public int issuedCount(Number trajectoryId) {
            return issued;
        }

        /** Due ten days after the test starts, overdue the morning after. */
        Date dueAt = at(START.plusDays(11).withHour(7));
        boolean settled;

        public Date dueAt(Number invoiceId) {
            return dueAt;
        }

        public boolean settled(Number invoiceId) {
            return settled;
        }
    }

    /** {@code trainingFacts}: the module's cost and payer and the candidate's phase the decision table weighs. */
    public static class FakeTrainingFacts {
        double cost = 350;
        String payer = "COOPERATIVE";
        String phase = "EXPLORATION";

        public boolean costsMoney(Number enrolmentId) {
            return cost > 0;
        }

        public double cost(Number enrolmentId) {
            return cost;
        }

        public String payer(Number enrolmentId) {
            return payer;
        }

        public String phase(Number enrolmentId) {
            return phase;
        }

        public boolean coordinatorMustAgree(Object decisionResult) {
            return be.actraject.bpmn.training.RuleAnswer.coordinatorMustAgree(decisionResult);
        }
    }

    /** {@code learningGroupSessions}: a session ends two hours after the test starts. */
    public static class FakeSessions {
        public Date endsAt(Number sessionId) {
            return Date.from(at(START).toInstant().plusSeconds(2 * 3600));
        }
    }

    /** {@code aftercareSchedule}: 3, 6 and 12 months after the moment the aftercare asks. */
    public static class FakeAftercareSchedule {
        Date exit;

        public List<String> offsets(Number trajectoryId) {
            return List.of("P3M", "P6M", "P12M");
        }

        public Date dueAt(Number trajectoryId, String offset) {
            if (exit == null) {
                exit = now();
            }
            return plus(exit, Period.parse(offset));
        }
    }
}
