package be.actraject.demo;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the demo's bulk load PostgreSQL's planner knows the tables as they are (README, issue 19): the statistics are
 * refreshed at once, not when autovacuum next comes round (which records its own run apart, as an auto-analyze).
 */
@RequiresPostgres
class DemoStatisticsOnPostgresTest {

    @Test
    void theStatisticsAreRefreshedAtOnceAfterTheLoad() {
        DriverManagerDataSource database = new DriverManagerDataSource(PostgresTestDatabase.create(),
                env("ACTRAJECT_TEST_PG_USER", "postgres"), env("ACTRAJECT_TEST_PG_PASSWORD", ""));
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.execute("create table loaded (id bigint primary key)");
        jdbc.update("insert into loaded select g from generate_series(1, 5000) g");

        new DemoStatistics(jdbc).refresh();

        assertThat(jdbc.queryForObject("select reltuples from pg_class where relname = 'loaded'", Float.class))
                .isEqualTo(5000f);
        assertThat(jdbc.queryForObject("select last_analyze is not null from pg_stat_user_tables"
                + " where relname = 'loaded'", Boolean.class)).isTrue();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
