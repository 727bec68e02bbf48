package be.actraject.web.support;

import be.actraject.web.security.SignedInUser;
import be.actraject.workflow.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.EnumSet;
import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Requests made as a signed-in person, with the principal our login gives. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(String userId, Role role, Role... more) {
        Set<Role> roles = EnumSet.of(role, more);
        SignedInUser user = new SignedInUser(userId, userId, roles);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
    }

    public static RequestPostProcessor coach() {
        return as("coach", Role.COACH);
    }

    public static RequestPostProcessor office() {
        return as("office", Role.OFFICE);
    }

    public static RequestPostProcessor coordinator() {
        return as("coordinator", Role.COORDINATOR);
    }
}
