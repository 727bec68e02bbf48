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
 * module's {@link SignIn}), and the browser's device cookie, when the login form sent one ({@link SignInDetails}),
 * lets its owner past the name's lock. The login form and HTTP Basic (a metrics scraper) both come through here.
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
        WebAuthenticationDetails details = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web : null;
        String source = details == null ? "" : ClientSource.of(details.getRemoteAddress());
        String deviceCookie = details instanceof SignInDetails form ? form.deviceCookie() : null;
        SignInOutcome outcome = signIn.attempt(userId, credentials == null ? null : credentials.toString(), source,
                deviceCookie);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            UsernamePasswordAuthenticationToken result = authenticated(signedIn.account());
            // The session keeps the address and session id, not the device cookie.
            result.setDetails(details == null ? null
                    : new WebAuthenticationDetails(details.getRemoteAddress(), details.getSessionId()));
            return result;
        }
        throw new SignInRefusedException(notice(userId, outcome));
    }

    private static LoginNotice notice(String userId, SignInOutcome outcome) {
        if (outcome instanceof SignInOutcome.NameLocked locked) {
            return new LoginNotice(userId, Reason.NAME_LOCKED, locked.until(), locked.lockedFor());
        }
        if (outcome instanceof SignInOutcome.Busy) {
            return new LoginNotice(userId, Reason.BUSY, null, null);
        }
        if (outcome instanceof SignInOutcome.SourceLocked locked) {
            return new LoginNotice(userId, Reason.SOURCE_LOCKED, locked.until(), locked.lockedFor());
        }
        SignInOutcome.Refused refused = (SignInOutcome.Refused) outcome;
        return new LoginNotice(userId, Reason.WRONG, refused.until(), refused.lockedFor());
    }

    private static UsernamePasswordAuthenticationToken authenticated(Account account) {
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
