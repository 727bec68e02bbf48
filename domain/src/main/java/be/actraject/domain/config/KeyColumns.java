package be.actraject.domain.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Function;

/**
 * For Java migrations: a column the application derives from others (a folded search key), written again for the rows
 * whose derived value is not the one stored, in batches of {@value #BATCH}. Rows already right are read, not written.
 */
public final class KeyColumns {

    static final int BATCH = 1000;

    private KeyColumns() {
    }

    /**
     * @param table   the table, with an {@code id} column
     * @param column  the derived column
     * @param sources the columns it is derived from, in the order {@code derive} receives them
     * @param derive  the value the column must hold, from the sources' values (each may be null)
     * @return how many rows were written
     */
    public static int rewrite(Connection connection, String table, String column, String[] sources,
                              Function<String[], String> derive) throws SQLException {
        int written = 0;
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, " + column + ", " + String.join(", ", sources)
                     + " from " + table);
             PreparedStatement write = connection.prepareStatement(
                     "update " + table + " set " + column + " = ? where id = ?")) {
            while (rows.next()) {
                String[] values = new String[sources.length];
                for (int i = 0; i < sources.length; i++) {
                    values[i] = rows.getString(3 + i);
                }
                String derived = derive.apply(values);
                if (!Objects.equals(derived, rows.getString(2))) {
                    write.setString(1, derived);
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                    if (++written % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return written;
    }
}
