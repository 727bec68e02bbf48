package be.actraject.domain.access;

import be.actraject.workflow.Role;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The signed-in person on whose behalf a service acts: their user id and roles. */
public record Actor(String userId, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String userId, Role... roles) {
        return new Actor(userId, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the actor sees every candidate. Coordinators follow the whole caseload, administrators repair it and
     * office staff invoice for all of it; a coach sees only their own candidates and those still without a coach.
     */
    public boolean seesAllCandidates() {
        return has(Role.COORDINATOR) || has(Role.ADMINISTRATOR) || has(Role.OFFICE);
    }

    /**
     * Whether the actor may read the coaching record of a candidate they see: conversations, assessments, the
     * plan, documents. Office staff see a candidate for invoicing only; coaches, coordinators and administrators
     * (who repair trajectories) read the record.
     */
    public boolean readsCoachingRecord() {
        return has(Role.COACH) || has(Role.COORDINATOR) || has(Role.ADMINISTRATOR);
    }
}
