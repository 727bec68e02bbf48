package be.actraject.web.security;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Signs people in against the process engine's identity store. We keep accounts there, not in a table of our
 * own, because the engine's groups are the candidate groups of the tasks: a person's roles and the tasks they may
 * claim cannot drift apart, and Camunda's own web applications can share the same accounts. The engine hashes
 * passwords with PBKDF2 (see the bpmn module's identity package).
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;

    EngineIdentityAuthenticationProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        Account account = accounts.authenticate(userId, credentials == null ? null : credentials.toString())
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
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
