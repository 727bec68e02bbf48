package be.actraject.bpmn.watch;

import be.actraject.domain.RefusedException;

/**
 * A repair that cannot be made; nothing was changed. Its message key is {@code stuck.refused.<REASON>}, the sentence
 * the watch shows above its lists.
 */
public class RepairRefusedException extends RefusedException {

    public enum Reason {
        /** No reason given. */
        NO_REASON,
        /** The job, task or instance changed or is gone meanwhile. */
        CHANGED,
        /** The activity to move to does not exist in the instance's model. */
        NO_SUCH_ACTIVITY,
        /** The user to hand the task to does not exist. */
        NO_SUCH_USER,
        /** Ending a trajectory needs its exit type. */
        NO_EXIT,
        /** A new due date is today or later. */
        NO_DUE_DATE;

        /** The bundle key of the sentence that says why. */
        public String messageKey() {
            return "stuck.refused." + name();
        }
    }

    private final Reason reason;

    public RepairRefusedException(Reason reason) {
        super(reason.messageKey(), "Repair refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
