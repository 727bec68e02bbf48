package be.actraject.bpmn.identity;

import be.actraject.bpmn.identity.SignInOutcome.Busy;
import be.actraject.bpmn.identity.SignInOutcome.SignedIn;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * No more password checks at once than {@code concurrent-checks} (one here), and a sign-in that waits longer than
 * {@code check-wait} for its turn is answered busy without anything counted against the name or the address (two
 * failures per address here, so that counting would show at once).
 */
@SpringBootTest(properties = {"actraject.sign-in.concurrent-checks=1", "actraject.sign-in.check-wait=3s",
        "actraject.sign-in.source-failures=2"})
class PasswordChecksTest {

    private static final String PASSWORD = "het-juiste-wachtwoord";

    @Autowired
    SignIn signIn;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordChecks checks;
    @MockitoSpyBean
    Pbkdf2PasswordEncryptor hasher;

    private final AtomicInteger hashing = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<String> users = new ArrayList<>();

    @BeforeEach
    void accountsAndACountOfTheHashesUnderWay() {
        for (int i = 0; i < 3; i++) {
            String user = "p" + UUID.randomUUID().toString().substring(0, 8);
            accounts.create(user, "Test", "Persoon " + i, null, PASSWORD, Role.COACH);
            users.add(user);
        }
        doAnswer(call -> {
            mostAtOnce.accumulateAndGet(hashing.incrementAndGet(), Math::max);
            try {
                return call.callRealMethod();
            } finally {
                hashing.decrementAndGet();
            }
        }).when(hasher).check(any(), any());
    }

    @Test
    void peopleSigningInAtTheSameMomentAreCheckedOneAfterTheOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<SignInOutcome>> attempts = users.stream()
                    .map(user -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return signIn.attempt(user, PASSWORD, "10.7.0." + users.indexOf(user));
                    }, pool)).toList();
            start.countDown();
            for (CompletableFuture<SignInOutcome> attempt : attempts) {
                assertThat(attempt.get()).isInstanceOf(SignedIn.class);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostAtOnce).as("passwords hashed at the same moment").hasValue(1);
    }

    @Test
    void aSignInThatWaitedTooLongIsToldToTryAgainAndNothingIsCounted() {
        String source = "10.7.1.1";
        assertThat(checks.enter()).as("the one slot, held by someone else's check").isTrue();
        try {
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                assertThat(signIn.attempt(users.get(0), PASSWORD, source)).isInstanceOf(Busy.class);
                assertThat((System.nanoTime() - started) / 1_000_000).as("waited for its turn, ms")
                        .isGreaterThanOrEqualTo(2_900);
            }
        } finally {
            checks.leave();
        }
        assertThat(mostAtOnce).as("hashes while busy").hasValue(0);
        // Three busy answers from one address that is locked after two failures: none of them counted.
        assertThat(signIn.attempt(users.get(0), PASSWORD, source)).isInstanceOf(SignedIn.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
