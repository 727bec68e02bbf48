package be.actraject.bpmn.task;

import be.actraject.domain.RefusedException;

/** A hand-over that cannot be: the colleague cannot take the task, or the note is missing or too long. */
public class HandOverRefusedException extends RefusedException {

    public enum Reason {
        /** No account by that id. */
        UNKNOWN,
        /** The colleague's roles do not make them a candidate for the task. */
        NOT_CANDIDATE,
        /** The colleague may not see the task's candidate or session. */
        OUTSIDE_CASELOAD,
        /** The colleague already holds the task. */
        ALREADY_HOLDS,
        /** No note, or one longer than {@link TaskClaims#MAX_NOTE}. */
        NOTE
    }

    private final Reason reason;
    private final String colleague;

    public HandOverRefusedException(Reason reason, String colleague) {
        super("worklist.handOver.refused." + reason, "Hand-over to " + colleague + " refused: " + reason, colleague);
        this.reason = reason;
        this.colleague = colleague;
    }

    public Reason reason() {
        return reason;
    }

    public String colleague() {
        return colleague;
    }
}
