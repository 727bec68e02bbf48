package be.actraject.domain.aftercare;

/**
 * Survival at one follow-up moment of one group of exits: how many exits have reached the moment (an exit of last
 * month has no 24-month answer to give and counts nowhere at 24 months), how many of those answered, and how many of
 * those are still in business (self-employed or in a cooperative).
 */
public record SurvivalMoment(long due, long answered, long inBusiness) {

    /** Whether any exit of the group has reached the moment; if none has, the moment says nothing yet. */
    public boolean reached() {
        return due > 0;
    }

    /** The exits that reached the moment without an answer at it (yet). */
    public long unknown() {
        return Math.max(0, due - answered);
    }

    /** The share in business among those who answered, 0..1; null when nobody answered (not zero: unknown). */
    public Double share() {
        return answered == 0 ? null : (double) inBusiness / answered;
    }
}
