package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/** A change of a module that contradicts the enrolments it already has; nothing was changed. */
public class ModuleChangeException extends RefusedException {

    /** What the change contradicts; the message key ends in its name. */
    public enum Conflict {
        /** Fewer seats than a moment (or the on-demand module) has enrolments taking one. */
        SEATS_BELOW_ENROLLED,
        /** A dated module with enrolments made on demand: their moments would vanish from the list. */
        ON_DEMAND_WITH_ENROLMENTS,
        /** A module on demand with enrolments still standing made dated: they have no moment to be on. */
        DATED_WITH_ENROLMENTS,
        /** Cost or payer changed while a coordinator still has to agree to an enrolment on the old terms. */
        APPROVAL_PENDING,
        /** Cost or payer changed once enrolments were agreed, refused or attended on the old terms. */
        TERMS_DECIDED
    }

    private final Conflict conflict;

    public ModuleChangeException(Conflict conflict, String moduleTitle, long count) {
        this(conflict, moduleTitle, count, false);
    }

    /**
     * @param onDemand whether the module is on demand, which has no moments for the sentence to name: the key then
     *                 ends in {@code .onDemand} (only {@link Conflict#SEATS_BELOW_ENROLLED} speaks of moments)
     */
    public ModuleChangeException(Conflict conflict, String moduleTitle, long count, boolean onDemand) {
        super("training.refused.change." + conflict.name()
                        + (onDemand && conflict == Conflict.SEATS_BELOW_ENROLLED ? ".onDemand" : ""),
                "Change of " + moduleTitle + " refused: " + conflict + " (" + count + ")", moduleTitle, count);
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }
}
