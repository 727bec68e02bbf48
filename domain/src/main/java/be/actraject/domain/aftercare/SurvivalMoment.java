package be.actraject.domain.aftercare;

/**
 * Survival at one follow-up moment of one group of exits: how many answered, how many of those are still in
 * business (self-employed or in a cooperative), and how many have no answer yet.
 */
public record SurvivalMoment(long answered, long inBusiness, long unknown) {

    /** The share in business among those who answered, 0..1; null when nobody answered (not zero: unknown). */
    public Double share() {
        return answered == 0 ? null : (double) inBusiness / answered;
    }
}
