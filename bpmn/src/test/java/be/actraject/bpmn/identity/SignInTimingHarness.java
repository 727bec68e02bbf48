package be.actraject.bpmn.identity;

import be.actraject.workflow.Role;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a refused sign-in takes for a name with an account and for one without: the medians must be close, or
 * the time would tell which names exist. Not part of {@code mvn verify} (timing on a shared machine is no test); run
 * it by hand:
 * <pre>
 * mvn -pl bpmn -am verify -Dtest=SignInTimingHarness -Dsurefire.failIfNoSpecifiedTests=false -Dharness.rounds=25
 * </pre>
 * Each round moves the engine's clock past the longest lock, so that no lock cuts an attempt short, and comes from an
 * address of its own.
 */
@SpringBootTest
class SignInTimingHarness {

    @Autowired
    SignIn signIn;
    @Autowired
    Accounts accounts;

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void aNameWithoutAnAccountTakesAsLongAsOneWithAWrongPassword() {
        int rounds = Integer.getInteger("harness.rounds", 25);
        String user = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "Tijd", "Meting", null, "het-juiste-wachtwoord", Role.COACH);
        Instant moment = Instant.parse("2026-03-02T08:00:00Z");
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < rounds + 3; i++) {
            moment = moment.plus(Duration.ofMinutes(6));
            ClockUtil.setCurrentTime(Date.from(moment));
            long k = time(() -> signIn.attempt(user, "fout", "10.9.0." + UUID.randomUUID()));
            long u = time(() -> signIn.attempt("n" + UUID.randomUUID(), "fout", "10.9.1." + UUID.randomUUID()));
            if (i >= 3) { // the first rounds warm the JIT up
                known.add(k);
                unknown.add(u);
            }
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        System.out.printf("sign-in refused, %d rounds: known name median %d ms (p90 %d), unknown name median %d ms "
                        + "(p90 %d)%n", rounds, knownMedian, percentile(known, 90), unknownMedian,
                percentile(unknown, 90));
        assertThat((double) unknownMedian).isBetween(knownMedian * 0.67, knownMedian * 1.5);
    }

    private static long time(Runnable attempt) {
        long start = System.nanoTime();
        attempt.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return percentile(values, 50);
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
