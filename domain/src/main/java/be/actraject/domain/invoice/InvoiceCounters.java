package be.actraject.domain.invoice;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The gapless invoice numbering: one counter row per year, incremented in the issuing transaction. The row lock
 * makes concurrent issues wait for each other, so each gets the next number; a rollback gives its number back, so
 * none is skipped. The rows of this year and the next are created at start-up, so that issuing only ever updates;
 * should a year's row still be missing, it is created in a transaction of its own (two creations at the same moment:
 * one fails harmlessly on the key).
 */
@Component
class InvoiceCounters implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;

    InvoiceCounters(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(clock).getYear();
        createYear(year);
        createYear(year + 1);
    }

    /** The next number of the year, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(int year) {
        if (jdbc.update("update invoice_counter set last_number = last_number + 1 where invoice_year = ?",
                year) == 0) {
            createYear(year);
            jdbc.update("update invoice_counter set last_number = last_number + 1 where invoice_year = ?", year);
        }
        Integer number = jdbc.queryForObject("select last_number from invoice_counter where invoice_year = ?",
                Integer.class, year);
        if (number == null) {
            throw new IllegalStateException("No invoice counter for " + year);
        }
        return number;
    }

    /** The last number given in a year; 0 before the first. */
    @Transactional(readOnly = true)
    int last(int year) {
        return jdbc.query("select last_number from invoice_counter where invoice_year = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, year);
    }

    private void createYear(int year) {
        try {
            separately.executeWithoutResult(status -> jdbc.update("""
                    insert into invoice_counter (invoice_year, last_number)
                    select ?, 0 where not exists (select 1 from invoice_counter where invoice_year = ?)""",
                    year, year));
        } catch (DataIntegrityViolationException e) {
            // Another issue created the year's row a moment ago: it is there, which is all that is needed.
        }
    }
}
