package be.actraject.web.security;

import be.actraject.domain.access.Actor;
import be.actraject.workflow.Role;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/** The principal of a signed-in session: who they are, what to call them, and their roles. */
public record SignedInUser(String userId, String displayName, Set<Role> roles) implements Principal, Serializable {

    @Override
    public String getName() {
        return userId;
    }

    public Actor actor() {
        return new Actor(userId, roles);
    }
}
