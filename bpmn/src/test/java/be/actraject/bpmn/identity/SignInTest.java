package be.actraject.bpmn.identity;

import be.actraject.bpmn.identity.SignInOutcome.NameLocked;
import be.actraject.bpmn.identity.SignInOutcome.Refused;
import be.actraject.bpmn.identity.SignInOutcome.SignedIn;
import be.actraject.bpmn.identity.SignInOutcome.SourceLocked;
import be.actraject.domain.access.Actor;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Sign-in on the engine's identity store with the engine's clock moved: wrong passwords lock a user name for a while
 * (3 s, doubling, at most 5 min — the defaults), never for good; a name without an account is locked and answered
 * exactly as one with an account, and its password hashed just the same; a client address with too many failures
 * waits, others do not (5 failures per 15 minutes here rather than 20, to hash fewer passwords).
 */
@SpringBootTest(properties = "actraject.sign-in.source-failures=5")
class SignInTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final String PASSWORD = "het-juiste-wachtwoord";
    private static final Duration LONGEST = Duration.ofMinutes(5);

    @Autowired
    SignIn signIn;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @MockitoSpyBean
    Pbkdf2PasswordEncryptor hasher;

    private String user;
    private int sources;

    @BeforeEach
    void anAccountAndTheClock() {
        ClockUtil.setCurrentTime(Date.from(START));
        user = "u" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "Test", "Persoon", null, PASSWORD, Role.COACH);
        clearInvocations(hasher);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void aWrongPasswordLocksTheNameForAWhileAndTheRightOneWorksOnceTheLockEnds() {
        SignInOutcome wrong = signIn.attempt(user, "fout", freshSource());
        assertThat(wrong).isEqualTo(new Refused(START.plusSeconds(3), Duration.ofSeconds(3)));

        moveTo(START.plusSeconds(1));
        assertThat(signIn.attempt(user, PASSWORD, freshSource())).as("the right password, during the lock")
                .isEqualTo(new NameLocked(START.plusSeconds(3), Duration.ofSeconds(2)));

        moveTo(START.plusSeconds(3));
        assertThat(signIn.attempt(user, PASSWORD, freshSource())).isInstanceOf(SignedIn.class);
        assertThat(signIn.attempt(user, "fout", freshSource())).as("the count starts afresh after a sign-in")
                .isEqualTo(new Refused(START.plusSeconds(6), Duration.ofSeconds(3)));
    }

    @Test
    void tenTwentyOrFiftyWrongPasswordsNeverLockAnAccountForGood() {
        List<Duration> locks = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            Refused refused = (Refused) signIn.attempt(user, "fout-" + i, freshSource());
            locks.add(refused.lockedFor());
            moveTo(refused.until());
            if (i == 10 || i == 20 || i == 50) {
                assertThat(summary()).as("after %d wrong passwords and the lock's end", i)
                        .satisfies(a -> assertThat(a.isLocked()).isFalse())
                        .satisfies(a -> assertThat(a.failedAttempts()).isEqualTo(locks.size()));
            }
        }

        assertThat(locks).startsWith(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(12))
                .allSatisfy(lock -> assertThat(lock).isLessThanOrEqualTo(LONGEST))
                .endsWith(LONGEST);
        assertThat(signIn.attempt(user, PASSWORD, freshSource())).isInstanceOf(SignedIn.class);
    }

    @Test
    void anAccountTheEngineLockedForGoodBeforeSignsInAgain() {
        engine.getCommandExecutorTxRequired().execute(context -> {
            UserEntity entity = context.getDbEntityManager().selectById(UserEntity.class, user);
            context.getIdentityInfoManager().updateUserLock(entity, 10, Date.from(START.minusSeconds(60)));
            return null;
        });
        assertThat(summary().permanentlyLocked()).isFalse();

        assertThat(signIn.attempt(user, PASSWORD, freshSource())).isInstanceOf(SignedIn.class);
    }

    @Test
    void aNameWithoutAnAccountIsRefusedAndLockedExactlyAsOneWithAWrongPassword() {
        String nobody = "n" + UUID.randomUUID().toString().substring(0, 8);
        List<SignInOutcome> known = new ArrayList<>();
        List<SignInOutcome> unknown = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant now = LockRule.now();
            known.add(signIn.attempt(user, "fout", freshSource()));
            unknown.add(signIn.attempt(nobody, "fout", freshSource()));
            moveTo(now.plusSeconds(1));
            known.add(signIn.attempt(user, "fout", freshSource()));
            unknown.add(signIn.attempt(nobody, "fout", freshSource()));
            moveTo(((Refused) known.get(known.size() - 2)).until());
        }

        assertThat(unknown).isEqualTo(known);
        assertThat(known).hasOnlyElementsOfTypes(Refused.class, NameLocked.class)
                .hasAtLeastOneElementOfType(NameLocked.class);
    }

    @Test
    void thePasswordIsHashedOnceForANameWithoutAnAccountAsForOneWithAWrongPassword() {
        signIn.attempt("n" + UUID.randomUUID(), "fout", freshSource());
        verify(hasher, times(1)).check(any(), any());

        clearInvocations(hasher);
        signIn.attempt(user, "fout", freshSource());
        verify(hasher, times(1)).check(any(), any());

        clearInvocations(hasher);
        signIn.attempt(user, "fout", freshSource());
        verify(hasher, never().description("a locked name is not checked")).check(any(), any());
    }

    @Test
    void failuresAreForgottenADayAfterTheLastLockForEveryNameAlike() {
        String nobody = "n" + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of(user, nobody)) {
            ClockUtil.setCurrentTime(Date.from(START));
            Refused last = null;
            for (int i = 0; i < 8; i++) {
                last = (Refused) signIn.attempt(name, "fout", freshSource());
                moveTo(last.until());
            }
            assertThat(last.lockedFor()).isEqualTo(LONGEST);

            moveTo(last.until().plus(Duration.ofDays(1)));
            assertThat(((Refused) signIn.attempt(name, "fout", freshSource())).lockedFor()).as(name)
                    .isEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void anAddressWithTooManyFailuresWaitsWhileOthersDoNot() {
        String attacker = freshSource();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn.attempt("n" + UUID.randomUUID(), "fout", attacker)).isInstanceOf(Refused.class);
        }
        clearInvocations(hasher);

        SignInOutcome blocked = signIn.attempt(user, PASSWORD, attacker);
        assertThat(blocked).as("15 minutes for 5 failures: one back every 3 minutes")
                .isEqualTo(new SourceLocked(START.plusSeconds(180), Duration.ofSeconds(180)));
        verify(hasher, never().description("nothing is checked for a locked address")).check(any(), any());
        assertThat(signIn.attempt(user, PASSWORD, freshSource())).isInstanceOf(SignedIn.class);

        moveTo(START.plusSeconds(180));
        assertThat(signIn.attempt("n" + UUID.randomUUID(), "fout", attacker)).isInstanceOf(Refused.class);
        assertThat(signIn.attempt("n" + UUID.randomUUID(), "fout", attacker)).isInstanceOf(SourceLocked.class);
    }

    @Test
    void aNamePastedWithAnInvisibleSpaceIsTheNameItself() {
        for (String space : List.of("\u00A0", "\u2007", "\u202F", "\uFEFF", " ")) {
            assertThat(signIn.attempt(user + space, PASSWORD, freshSource())).as("U+%04X", (int) space.charAt(0))
                    .isInstanceOfSatisfying(SignedIn.class, s -> assertThat(s.account().userId()).isEqualTo(user));
        }
        assertThat(signIn.attempt("\uFEFF" + user + "\u00A0", "fout", freshSource())).isInstanceOf(Refused.class);
        assertThat(signIn.attempt(user, PASSWORD, freshSource())).as("the pasted name's lock is the name's own")
                .isInstanceOf(NameLocked.class);
    }

    @Test
    void successfulSignInsDoNotCountAgainstTheAddress() {
        String office = freshSource();
        for (int i = 0; i < 6; i++) {
            assertThat(signIn.attempt(user, PASSWORD, office)).isInstanceOf(SignedIn.class);
        }
        assertThat(signIn.attempt("n" + UUID.randomUUID(), "fout", office)).isInstanceOf(Refused.class);
    }

    private AccountSummary summary() {
        return administration.all(Actor.of("root", Role.ADMINISTRATOR)).stream()
                .filter(a -> a.userId().equals(user)).findFirst().orElseThrow();
    }

    private String freshSource() {
        return "10.1." + (++sources) + "." + UUID.randomUUID().toString().substring(0, 4);
    }

    private static void moveTo(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }
}
