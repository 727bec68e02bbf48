package be.actraject.bpmn.identity;

import be.actraject.bpmn.identity.SignInOutcome.NameLocked;
import be.actraject.bpmn.identity.SignInOutcome.Refused;
import be.actraject.bpmn.identity.SignInOutcome.SignedIn;
import be.actraject.bpmn.identity.SignInOutcome.SourceLocked;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Device cookies with the engine's clock moved: whoever guesses without the owner's cookie keeps the name locked for
 * as long as they go on — one wrong password each 5 minutes, under the address limit — and the owner, with the cookie
 * their browser received at their last sign-in, still signs in all the while. A wrong password sent with a cookie
 * locks that cookie, with the name's delays, and not the name. A forged, expired or other user's cookie counts as
 * none; a stolen one guesses no faster than without.
 */
@SpringBootTest(properties = "actraject.sign-in.source-failures=5")
class DeviceCookieSignInTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final String PASSWORD = "het-juiste-wachtwoord";

    @Autowired
    SignIn signIn;
    @Autowired
    DeviceCookies devices;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    Pbkdf2PasswordEncryptor hasher;

    private String user;
    private String other;
    private int sources;

    @BeforeEach
    void twoAccountsAndTheClock() {
        moveTo(START);
        user = "d" + UUID.randomUUID().toString().substring(0, 8);
        other = "o" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "Test", "Eigenaar", null, PASSWORD, Role.ADMINISTRATOR);
        accounts.create(other, "Test", "Ander", null, PASSWORD, Role.COACH);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void anAttackerWithoutTheCookieKeepsTheNameLockedWhileTheOwnerSignsInWithTheirs() {
        String cookie = devices.issue(user);

        for (int minute = 0; minute < 120; minute += 5) {
            moveTo(START.plus(Duration.ofMinutes(minute)));
            assertThat(signIn.attempt(user, "raden-" + minute, freshSource())).as("the attacker at minute " + minute)
                    .isInstanceOfAny(Refused.class, NameLocked.class);
            moveTo(START.plus(Duration.ofMinutes(minute)).plusSeconds(2));
            assertThat(signIn.attempt(user, PASSWORD, freshSource())).as("without the cookie, at minute " + minute)
                    .isInstanceOf(NameLocked.class);
            assertThat(signIn.attempt(user, PASSWORD, freshSource(), cookie)).as("the owner, at minute " + minute)
                    .isInstanceOf(SignedIn.class);
        }
    }

    @Test
    void aWrongPasswordWithTheCookieLocksTheCookieAndNotTheName() {
        String cookie = devices.issue(user);

        assertThat(signIn.attempt(user, "fout", freshSource(), cookie))
                .isEqualTo(new Refused(START.plusSeconds(3), Duration.ofSeconds(3)));
        moveTo(START.plusSeconds(1));
        clearInvocations(hasher);
        assertThat(signIn.attempt(user, PASSWORD, freshSource(), cookie)).as("the same browser, during its lock")
                .isEqualTo(new NameLocked(START.plusSeconds(3), Duration.ofSeconds(2)));
        verify(hasher, never().description("a locked cookie is not checked")).check(any(), any());
        assertThat(signIn.attempt(user, PASSWORD, freshSource())).as("another browser: the name is not locked")
                .isInstanceOf(SignedIn.class);

        moveTo(START.plusSeconds(3));
        assertThat(signIn.attempt(user, PASSWORD, freshSource(), cookie)).isInstanceOf(SignedIn.class);
        assertThat(signIn.attempt(user, "fout", freshSource(), cookie)).as("the cookie starts afresh after a sign-in")
                .isEqualTo(new Refused(START.plusSeconds(6), Duration.ofSeconds(3)));
    }

    @Test
    void aStolenCookieGuessesNoFasterThanNoCookie() {
        String stolen = devices.issue(user);
        List<Duration> locks = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Refused refused = (Refused) signIn.attempt(user, "raden-" + i, freshSource(), stolen);
            locks.add(refused.lockedFor());
            moveTo(refused.until().minusSeconds(1));
            assertThat(signIn.attempt(user, PASSWORD, freshSource(), stolen)).as("the right password in its lock")
                    .isInstanceOf(NameLocked.class);
            moveTo(refused.until());
        }

        assertThat(locks).startsWith(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(12))
                .endsWith(Duration.ofMinutes(5));
    }

    @Test
    void aForgedExpiredOrOtherUsersCookieCountsAsNone() {
        String own = devices.issue(user);
        String[] parts = own.split("\\.");
        String otherUsers = devices.issue(other);
        String renamed = otherUsers.replace(otherUsers.split("\\.")[1], parts[1]);
        int inSignature = own.length() - 10;
        String tampered = own.substring(0, inSignature) + (own.charAt(inSignature) == 'x' ? 'y' : 'x')
                + own.substring(inSignature + 1);
        String later = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400) + "." + parts[3] + "."
                + parts[4];
        String unsigned = String.join(".", parts[0], parts[1], parts[2], parts[3]) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        String nameOnly = Base64.getUrlEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));

        signIn.attempt(user, "raden", freshSource());
        moveTo(START.plusSeconds(1));
        for (String cookie : List.of(otherUsers, renamed, tampered, later, unsigned, nameOnly, "", own + own)) {
            assertThat(signIn.attempt(user, PASSWORD, freshSource(), cookie)).as(cookie)
                    .isEqualTo(new NameLocked(START.plusSeconds(3), Duration.ofSeconds(2)));
        }
        assertThat(signIn.attempt(user, PASSWORD, freshSource(), own)).isInstanceOf(SignedIn.class);

        Instant expiry = Instant.ofEpochSecond(Long.parseLong(parts[2])).plus(devices.lifetime());
        moveTo(expiry);
        signIn.attempt(user, "raden", freshSource());
        moveTo(expiry.plusSeconds(1));
        assertThat(signIn.attempt(user, PASSWORD, freshSource(), own)).as("expired")
                .isEqualTo(new NameLocked(expiry.plusSeconds(3), Duration.ofSeconds(2)));
        assertThat(signIn.attempt(user, PASSWORD, freshSource(), devices.issue(user))).as("a cookie of today")
                .isInstanceOf(SignedIn.class);
    }

    @Test
    void theAddressLimitHoldsWithACookieToo() {
        String cookie = devices.issue(user);
        String attacker = freshSource();
        for (int i = 0; i < 5; i++) {
            signIn.attempt("n" + UUID.randomUUID(), "fout", attacker);
        }

        assertThat(signIn.attempt(user, PASSWORD, attacker, cookie)).isInstanceOf(SourceLocked.class);
    }

    @Test
    void theCookieIsSignedWithAKeyKeptInTheDatabaseAndHoldsNoSecret() {
        String cookie = devices.issue(user);

        assertThat(cookie).matches("[A-Za-z0-9._-]+").doesNotContain(PASSWORD);
        assertThat(jdbc.queryForList("select secret from signing_key where name = ?", String.class,
                DeviceCookieKey.NAME)).singleElement()
                .satisfies(secret -> assertThat(Base64.getDecoder().decode(secret)).hasSize(32));
    }

    private String freshSource() {
        return "10.3." + (++sources) + "." + UUID.randomUUID().toString().substring(0, 4);
    }

    private static void moveTo(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }
}
