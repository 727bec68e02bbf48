package be.actraject.domain.candidate;

import be.actraject.domain.config.NumberedJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import be.actraject.domain.config.KeyColumns;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration V48 (issue 19): the folded names the search looks in, made whole.
 * <ul>
 *   <li>The candidate's columns get room for what {@link SearchKeys} writes at most: a folded letter may take two
 *   ("ß" becomes "ss"), so a name of 100 characters may fold to 200, which V18's columns did not hold; and the search
 *   name now also holds a name with an apostrophe read as a space ({@link SearchKeys#searchName}), and a name in
 *   another script than the Latin one is kept rather than folded to nothing ("Олена Шевченко"). Both are written
 *   again for the candidates whose keys that changes (V49 and V50 do the same for invoices and experts).</li>
 *   <li>A customer gets a folded search name ({@link SearchKeys#searchWords}), so that the search finds "Çağrı
 *   Bakkal" by "cagri" and "L'Atelier" by "at", as it finds candidates; on PostgreSQL its trigram index replaces V47's
 *   on the unfolded name, which the search no longer reads.</li>
 * </ul>
 * In Java for the reason of V18: neither database folds names the way the application does.
 */
@Component
class SearchNamesMigration extends NumberedJavaMigration {

    /** A customer's name is at most 200 characters (V4); {@link SearchKeys#searchWords} at most four times and one. */
    static final int CUSTOMER_SEARCH_NAME_LENGTH = 4 * 200 + 1;

    SearchNamesMigration() {
        super("48", "search names");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement ddl = connection.createStatement()) {
            // "set data type" is written the same on H2 and PostgreSQL; a longer varchar rewrites nothing on the
            // latter.
            ddl.execute("alter table candidate alter column sort_name set data type varchar("
                    + SearchKeys.SORT_NAME_LENGTH + ")");
            ddl.execute("alter table candidate alter column search_name set data type varchar("
                    + SearchKeys.SEARCH_NAME_LENGTH + ")");
            ddl.execute("alter table customer add column search_name varchar(" + CUSTOMER_SEARCH_NAME_LENGTH + ")");
        }
        rewriteCandidates(connection);
        fillCustomers(connection);
        if (postgres) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop index if exists ix_customer_name_trgm");
                ddl.execute("create index ix_customer_search_name_trgm on customer using gin (search_name"
                        + " gin_trgm_ops)");
            }
        }
    }

    /**
     * Only the candidates whose keys change: those with an apostrophe in a name, or a name in another script than
     * the Latin one, which folded to nothing before.
     */
    private static void rewriteCandidates(Connection connection) throws SQLException {
        String[] names = {"first_name", "last_name"};
        KeyColumns.rewrite(connection, "candidate", "sort_name", names, n -> SearchKeys.sortName(n[0], n[1]));
        KeyColumns.rewrite(connection, "candidate", "search_name", names, n -> SearchKeys.searchName(n[0], n[1]));
    }

    private static void fillCustomers(Connection connection) throws SQLException {
        KeyColumns.rewrite(connection, "customer", "search_name", new String[]{"name"},
                n -> SearchKeys.searchWords(n[0]));
    }
}
