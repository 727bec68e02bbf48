package be.actraject.web.security;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.SignIn;
import be.actraject.bpmn.identity.SignInOutcome;
import be.actraject.web.security.LoginNotice.Reason;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Signs people in against the process engine's identity store. We keep accounts there, not in a table of our
 * own, because the engine's groups are the candidate groups of the tasks: a person's roles and the tasks they may
 * claim cannot drift apart, and Camunda's own web applications can share the same accounts. The engine hashes
 * passwords with PBKDF2; wrong passwords lock the user name and the client's address for a while (see the bpmn
 * module's {@link SignIn}). The login form and HTTP Basic (a metrics scraper) both come through here.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final SignIn signIn;

    EngineIdentityAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? ClientSource.of(details.getRemoteAddress()) : "";
        SignInOutcome outcome = signIn.attempt(userId, credentials == null ? null : credentials.toString(), source);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return authenticated(signedIn.account());
        }
        throw new SignInRefusedException(notice(userId, outcome));
    }

    private static LoginNotice notice(String userId, SignInOutcome outcome) {
        if (outcome instanceof SignInOutcome.NameLocked locked) {
            return new LoginNotice(userId, Reason.NAME_LOCKED, locked.until(), locked.lockedFor());
        }
        if (outcome instanceof SignInOutcome.SourceLocked locked) {
            return new LoginNotice(userId, Reason.SOURCE_LOCKED, locked.until(), locked.lockedFor());
        }
        SignInOutcome.Refused refused = (SignInOutcome.Refused) outcome;
        return new LoginNotice(userId, Reason.WRONG, refused.until(), refused.lockedFor());
    }

    private static Authentication authenticated(Account account) {
        SignedInUser user = new SignedInUser(account.userId(), account.displayName(), account.roles());
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
