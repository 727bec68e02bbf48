package be.actraject.web.security;

import be.actraject.domain.access.Actor;
import be.actraject.workflow.Role;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The principal of a signed-in session: who they are, what to call them, and their roles as they were at sign-in.
 * Two are equal when they are the same person, whatever roles each holds: the sessions of a person are found by
 * their user id ({@link SignedInSessions}), which is also the {@link Principal#getName() name} Spring Session indexes
 * sessions by.
 */
public record SignedInUser(String userId, String displayName, Set<Role> roles) implements Principal, Serializable {

    /** A principal that stands for the person only, to look their sessions up. */
    public static SignedInUser named(String userId) {
        return new SignedInUser(userId, userId, Set.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && userId.equals(user.userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String getName() {
        return userId;
    }

    public Actor actor() {
        return new Actor(userId, roles);
    }
}
