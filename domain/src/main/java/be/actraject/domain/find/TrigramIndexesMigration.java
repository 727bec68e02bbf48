package be.actraject.domain.find;

import be.actraject.domain.config.NumberedJavaMigration;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Migration V47 (issue 19): on PostgreSQL, trigram indexes (extension {@code pg_trgm}) on exactly the expressions the
 * search and the candidate list's search box compare with {@code like '%…%'} ({@link SearchText}, {@link Finder}),
 * so that a text found anywhere in a name, number, address or phone is answered by a bitmap index scan rather than by
 * reading the table. On H2 it creates nothing: the embedded database serves one small cooperative, and scans.
 * <p>
 * The extension is created when missing. Since PostgreSQL 13 {@code pg_trgm} is a trusted extension: the database's
 * owner (or any role with CREATE on it) may create it; otherwise a superuser must once ({@code create extension
 * pg_trgm}). When it cannot be created the migration fails with that message rather than skip: skipped, it would be
 * recorded as done and the search would silently read whole tables forever after.
 */
@Component
class TrigramIndexesMigration extends NumberedJavaMigration {

    /** Index name, table, indexed expression: each as the statements write it. */
    static final List<String[]> INDEXES = List.of(
            new String[]{"ix_candidate_search_name_trgm", "candidate", "search_name"},
            new String[]{"ix_candidate_job_seeker_number_trgm", "candidate", "job_seeker_number"},
            new String[]{"ix_candidate_email_trgm", "candidate", "(lower(email))"},
            new String[]{"ix_candidate_phone_digits_trgm", "candidate", "phone_digits"},
            // Replaced by V48 with one on the folded search name (SearchNamesMigration).
            new String[]{"ix_customer_name_trgm", "customer", "(lower(name))"},
            new String[]{"ix_invoice_number_trgm", "invoice", "(upper(number))"});

    TrigramIndexesMigration() {
        super("47", "trigram indexes for the search");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement ddl = connection.createStatement()) {
            if (!installed(ddl)) {
                try {
                    ddl.execute("create extension if not exists pg_trgm");
                } catch (SQLException e) {
                    throw new FlywayException("V47 needs the PostgreSQL extension pg_trgm, which this role may not"
                            + " create (" + e.getMessage().strip() + "). Have a superuser run"
                            + " 'create extension pg_trgm' in this database once, then start again (README, Indexes"
                            + " for the lists).", e);
                }
            }
            for (String[] index : INDEXES) {
                ddl.execute("create index " + index[0] + " on " + index[1] + " using gin (" + index[2]
                        + " gin_trgm_ops)");
            }
        }
    }

    private static boolean installed(Statement ddl) throws SQLException {
        try (ResultSet rows = ddl.executeQuery("select 1 from pg_extension where extname = 'pg_trgm'")) {
            return rows.next();
        }
    }
}
