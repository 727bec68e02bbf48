package be.actraject.web.authz;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What every table of the database holds, the domain's and the engine's, as a row count and a hash of the rows per
 * table: taken before and after a refused request, two fingerprints are equal only if nothing was written anywhere.
 * Left out: the audit log (a refusal adds its own entry there, which the test counts) and the engine's metrics, which
 * it writes on its own schedule. The job executor is off in the test, so nothing else writes in the background.
 * Also left out: the HTTP sessions (Spring Session's tables, issue 19), which every request of a signed-in person
 * writes (its last access), refused or not; they hold no data of the application.
 */
final class DatabaseFingerprint {

    private static final Set<String> LEFT_OUT = Set.of("AUDIT_ENTRY", "ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG",
            "SPRING_SESSION", "SPRING_SESSION_ATTRIBUTES");

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    DatabaseFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = jdbc.queryForList("select table_name from information_schema.tables"
                        + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'", String.class).stream()
                .filter(t -> !LEFT_OUT.contains(t.toUpperCase(Locale.ROOT)))
                .sorted().toList();
    }

    /** Per table: {@code rows:hash}. */
    Map<String, String> take() {
        Map<String, String> fingerprint = new TreeMap<>();
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("select * from \"" + table + "\"")) {
                rows.add(row.values().stream().map(DatabaseFingerprint::text).collect(Collectors.joining("|")));
            }
            rows.sort(null);
            fingerprint.put(table, rows.size() + ":" + rows.hashCode());
        }
        return fingerprint;
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? "bytes" + Arrays.hashCode(bytes) : String.valueOf(value);
    }
}
