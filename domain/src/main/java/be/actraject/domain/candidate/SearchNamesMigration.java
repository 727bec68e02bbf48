package be.actraject.domain.candidate;

import be.actraject.domain.config.NumberedJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Migration V48 (issue 19): the folded names the search looks in, made whole.
 * <ul>
 *   <li>The candidate's columns get room for what {@link SearchKeys} writes at most: a folded letter may take two
 *   ("ß" becomes "ss"), so a name of 100 characters may fold to 200, which V18's columns did not hold; and the search
 *   name now also holds a name with an apostrophe read as a space ({@link SearchKeys#searchName}). It is written again
 *   for the candidates whose search name that changes.</li>
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
            // "set data type" is written the same on H2 and PostgreSQL; a longer varchar rewrites nothing on the latter.
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

    /** Only the candidates whose search name changes: those with an apostrophe in a name. */
    private static void rewriteCandidates(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, first_name, last_name, search_name from candidate");
             PreparedStatement write = connection.prepareStatement(
                     "update candidate set search_name = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                String searchName = SearchKeys.searchName(rows.getString(2), rows.getString(3));
                if (!Objects.equals(searchName, rows.getString(4))) {
                    write.setString(1, searchName);
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                    pending++;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static void fillCustomers(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, name from customer");
             PreparedStatement write = connection.prepareStatement(
                     "update customer set search_name = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, SearchKeys.searchWords(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }
}
