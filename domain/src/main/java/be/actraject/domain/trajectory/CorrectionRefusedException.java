package be.actraject.domain.trajectory;

import be.actraject.domain.RefusedException;

/** A coordinator's correction of a trajectory (its coach, its date of entry) that the rules refuse. */
public class CorrectionRefusedException extends RefusedException {

    public enum Reason {
        /** No reason given, or one longer than {@link CoachChanges#MAX_REASON}. */
        REASON,
        /** The new coach is the coach already. */
        SAME_COACH,
        /** The date of entry is the date of entry already. */
        SAME_DATE,
        /** The first phase ended before the new date of entry: the trajectory would start after it had moved on. */
        AFTER_FIRST_PHASE,
        /** The trajectory has ended: what it recorded stays as it was. */
        ENDED,
        /** Someone changed the trajectory, the candidate or one of their open tasks meanwhile: nothing was saved. */
        CHANGED
    }

    private final Reason reason;

    public CorrectionRefusedException(Reason reason, Object... arguments) {
        super("correction.refused." + reason, "Correction refused: " + reason, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
