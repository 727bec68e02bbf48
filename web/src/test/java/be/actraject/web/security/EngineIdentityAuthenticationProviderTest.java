package be.actraject.web.security;

import be.actraject.bpmn.identity.SignIn;
import be.actraject.bpmn.identity.SignInOutcome;
import be.actraject.web.security.LoginNotice.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Each refusal of the bpmn module's sign-in becomes the login page's notice with its own reason. */
class EngineIdentityAuthenticationProviderTest {

    private final SignIn signIn = mock(SignIn.class);
    private final EngineIdentityAuthenticationProvider provider = new EngineIdentityAuthenticationProvider(signIn);

    @Test
    void busyIsNotTakenForAWrongPassword() {
        assertNotice(new SignInOutcome.Busy(), new LoginNotice("jan", Reason.BUSY, null, null));
    }

    @Test
    void locksKeepTheirReasonAndTime() {
        Instant until = Instant.parse("2026-03-02T08:00:03Z");
        assertNotice(new SignInOutcome.SourceLocked(until, Duration.ofSeconds(3)),
                new LoginNotice("jan", Reason.SOURCE_LOCKED, until, Duration.ofSeconds(3)));
        assertNotice(new SignInOutcome.NameLocked(until, Duration.ofSeconds(3)),
                new LoginNotice("jan", Reason.NAME_LOCKED, until, Duration.ofSeconds(3)));
        assertNotice(new SignInOutcome.Refused(until, Duration.ofSeconds(3)),
                new LoginNotice("jan", Reason.WRONG, until, Duration.ofSeconds(3)));
    }

    private void assertNotice(SignInOutcome outcome, LoginNotice expected) {
        when(signIn.attempt(any(), any(), any(), any())).thenReturn(outcome);
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("jan", "wachtwoord")))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.notice()).isEqualTo(expected));
    }
}
