package be.actraject.bpmn.watch;

/** A repair that cannot be made; nothing was changed. */
public class RepairRefusedException extends RuntimeException {

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
        NO_DUE_DATE
    }

    private final Reason reason;

    public RepairRefusedException(Reason reason) {
        super("Repair refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
