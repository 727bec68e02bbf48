package be.actraject.web.submission;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger on its table (the migration V40 itself, on H2): one arrival wins however many come at once, a released
 * token may be sent again, a repeat learns where the first went, and a day later the token is forgotten. PostgreSQL
 * runs the same migration in every test that migrates it.
 */
class JdbcSubmissionLedgerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true).addScript("classpath:db/migration/V40__form_submissions.sql").build();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @AfterEach
    void shutDown() {
        database.shutdown();
    }

    private JdbcSubmissionLedger at(Instant now) {
        return new JdbcSubmissionLedger(jdbc, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theFirstArrivalIsHandledAndARepeatLearnsWhereItWent() throws Exception {
        JdbcSubmissionLedger ledger = at(NOW);

        assertThat(ledger.arrive("coach", "t-1", Duration.ZERO)).isEmpty();
        ledger.handled("coach", "t-1", "/sector-groups/5");

        assertThat(ledger.arrive("coach", "t-1", Duration.ZERO)).map(SubmissionLedger.Repeat::location)
                .contains(Optional.of("/sector-groups/5"));
        assertThat(ledger.arrive("coach2", "t-1", Duration.ZERO)).as("another user's token is another form").isEmpty();
    }

    @Test
    void aReleasedFormMayBeSentAgainAndAFormStillRunningIsARepeatWithoutAPlace() throws Exception {
        JdbcSubmissionLedger ledger = at(NOW);
        ledger.arrive("coach", "t-1", Duration.ZERO);

        assertThat(ledger.arrive("coach", "t-1", Duration.ofMillis(120))).map(SubmissionLedger.Repeat::location)
                .contains(Optional.empty());
        ledger.release("coach", "t-1");
        assertThat(ledger.arrive("coach", "t-1", Duration.ZERO)).isEmpty();
    }

    @Test
    void ofManyArrivalsAtOnceExactlyOneIsFirst() throws Exception {
        JdbcSubmissionLedger ledger = at(NOW);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<SubmissionLedger.Repeat>>> arrivals = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                arrivals.add(() -> ledger.arrive("coach", "t-1", Duration.ofMillis(200)));
            }
            int first = 0;
            for (Future<Optional<SubmissionLedger.Repeat>> arrival : pool.invokeAll(arrivals)) {
                first += arrival.get().isEmpty() ? 1 : 0;
            }
            assertThat(first).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTokenIsForgottenADayLaterAndAnOverlongPlaceIsKnownAsHandled() throws Exception {
        at(NOW).arrive("coach", "old", Duration.ZERO);
        at(NOW).handled("coach", "old", "/x");
        JdbcSubmissionLedger later = at(NOW.plus(JdbcSubmissionLedger.KEPT).plusSeconds(1));
        later.arrive("coach", "long", Duration.ZERO);
        later.handled("coach", "long", "/" + "a".repeat(3000));

        later.forgetOld();

        assertThat(jdbc.queryForObject("select count(*) from form_submission", Integer.class)).isEqualTo(1);
        assertThat(later.arrive("coach", "long", Duration.ZERO)).map(SubmissionLedger.Repeat::location)
                .contains(Optional.empty());
    }
}
