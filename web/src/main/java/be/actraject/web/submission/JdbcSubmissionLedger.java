package be.actraject.web.submission;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The ledger in the {@code form_submission} table (V40): the first arrival of a token inserts its row, and the
 * primary key lets exactly one arrival win, on whichever node; a repeat reads the row until the first arrival has
 * written where it went. Each statement commits on its own (no transaction is open in a filter), so that the row is
 * visible to a repeat at once and a controller's rollback does not take it along.
 */
@Component
class JdbcSubmissionLedger implements SubmissionLedger {

    /** How often a repeat looks whether the first arrival is done. */
    private static final Duration POLL = Duration.ofMillis(50);
    /** How long a form's token is remembered: no tab keeps a form longer and still expects it to count. */
    static final Duration KEPT = Duration.ofDays(1);
    /** Where a handled form went, when the address does not fit the column: known to be handled, not where. */
    private static final String UNKNOWN = "";
    private static final int MAX_OUTCOME = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcSubmissionLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Repeat> arrive(String owner, String token, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                jdbc.update("insert into form_submission (owner_id, token, outcome, arrived_at) values (?, ?, null, ?)",
                        owner, token, Timestamp.from(clock.instant()));
                return Optional.empty();
            } catch (DuplicateKeyException taken) {
                List<Optional<String>> outcome = jdbc.query(
                        "select outcome from form_submission where owner_id = ? and token = ?",
                        (row, i) -> Optional.ofNullable(row.getString(1)), owner, token);
                if (outcome.isEmpty()) {
                    continue; // released meanwhile: this arrival may be the first after all
                }
                if (outcome.get(0).isPresent()) {
                    String location = outcome.get(0).get();
                    return Optional.of(new Repeat(location.equals(UNKNOWN) ? Optional.empty() : Optional.of(location)));
                }
                if (System.nanoTime() >= deadline) {
                    return Optional.of(new Repeat(Optional.empty()));
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    @Override
    public void handled(String owner, String token, String location) {
        jdbc.update("update form_submission set outcome = ? where owner_id = ? and token = ?",
                location.length() > MAX_OUTCOME ? UNKNOWN : location, owner, token);
    }

    @Override
    public void release(String owner, String token) {
        jdbc.update("delete from form_submission where owner_id = ? and token = ?", owner, token);
    }

    /** Forgets the tokens older than {@link #KEPT}; every node may run it, the result is the same. */
    @Scheduled(fixedDelayString = "${actraject.submissions.cleanup:PT1H}", initialDelayString = "PT5M")
    void forgetOld() {
        jdbc.update("delete from form_submission where arrived_at < ?", Timestamp.from(clock.instant().minus(KEPT)));
    }
}
