package be.actraject.demo;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's statistics after the demo's bulk load (issue 19). Until autovacuum's analyze comes round —
 * it looks every minute, at a table changed by more than 50 rows plus a tenth of its size — the planner still sees
 * the nearly empty tables of a moment ago, and may read a list's tables whole where an index serves it. H2 keeps no
 * such statistics: nothing to do there.
 */
@Component
class DemoStatistics {

    private final JdbcTemplate jdbc;

    DemoStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** ANALYZE on PostgreSQL; nothing on another database. */
    void refresh() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            jdbc.execute("analyze");
        }
    }
}
