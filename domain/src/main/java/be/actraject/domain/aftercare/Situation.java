package be.actraject.domain.aftercare;

import java.util.EnumSet;
import java.util.Set;

/** A former candidate's situation at a follow-up: what survival is reported from. */
public enum Situation {
    SELF_EMPLOYED_ACTIVE,
    /** Carries on as an entrepreneur inside an entrepreneurs' cooperative (coopérative d'activités et d'emploi). */
    IN_COOPERATIVE,
    SALARIED,
    /** Stopped the business (or the plan) without salaried work. */
    STOPPED,
    LOOKING_FOR_WORK,
    OTHER;

    /** The situations that count as "still in business": alone or inside a cooperative. */
    public static final Set<Situation> IN_BUSINESS = EnumSet.of(SELF_EMPLOYED_ACTIVE, IN_COOPERATIVE);

    public boolean inBusiness() {
        return IN_BUSINESS.contains(this);
    }
}
