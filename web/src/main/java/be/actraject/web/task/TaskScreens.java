package be.actraject.web.task;

import be.actraject.workflow.UserTask;

import java.util.EnumMap;
import java.util.Map;

/**
 * The path of each task's screen below {@code /tasks/{taskId}/}. A test checks that every {@link UserTask} has a
 * screen here and a controller that shows and submits it.
 */
public final class TaskScreens {

    private static final Map<UserTask, String> PATHS = new EnumMap<>(UserTask.class);

    static {
        PATHS.put(UserTask.INDIVIDUAL_CONVERSATION, "individual-conversation");
        PATHS.put(UserTask.ENTRE_SPIEGEL, "entre-spiegel");
        PATHS.put(UserTask.POP_CREATION, "pop-creation");
        PATHS.put(UserTask.INTAKE_DECISION, "intake-decision");
        PATHS.put(UserTask.LEARNING_GROUP_PLACEMENT, "learning-group-placement");
        PATHS.put(UserTask.EXPLORATION_REVIEW, "exploration-review");
        PATHS.put(UserTask.PROSPECTING_REVIEW, "prospecting-review");
        PATHS.put(UserTask.INVOICING_EXIT_DECISION, "exit-decision");
        PATHS.put(UserTask.EXTRA_EARNINGS_STATEMENT, "extra-earnings");
        PATHS.put(UserTask.PRE_INVOICING_LIMIT_WARNING, "limit-warning");
        PATHS.put(UserTask.INVOICING_LIMIT_WARNING, "limit-warning");
        PATHS.put(UserTask.PRE_INVOICING_LIMIT_ESCALATION, "limit-escalation");
        PATHS.put(UserTask.INVOICING_LIMIT_ESCALATION, "limit-escalation");
        PATHS.put(UserTask.EXIT_REGISTRATION, "exit-registration");
        PATHS.put(UserTask.INVOICE_APPROVAL_COACH, "invoice-approval");
        PATHS.put(UserTask.INVOICE_APPROVAL_COORDINATOR, "invoice-approval");
        PATHS.put(UserTask.INVOICE_CORRECTION, "invoice-correction");
        PATHS.put(UserTask.PAYMENT_REMINDER, "payment-reminder");
        PATHS.put(UserTask.SESSION_ATTENDANCE, "session-attendance");
        PATHS.put(UserTask.AFTERCARE_FOLLOW_UP, "aftercare-follow-up");
        PATHS.put(UserTask.TRAINING_APPROVAL, "training-approval");
    }

    private TaskScreens() {
    }

    public static String pathOf(UserTask task) {
        String path = PATHS.get(task);
        if (path == null) {
            throw new IllegalStateException("No screen for task " + task);
        }
        return path;
    }

    public static Map<UserTask, String> all() {
        return Map.copyOf(PATHS);
    }
}
