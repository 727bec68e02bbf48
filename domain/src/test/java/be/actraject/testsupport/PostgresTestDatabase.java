package be.actraject.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh PostgreSQL database per test context, on the server that every machine of this kind runs
 * (127.0.0.1:5432, user postgres, trust authentication). A database of its own lets the engine create its tables
 * without finding another run's; it is dropped by a later run.
 * <p>
 * {@code ACTRAJECT_TEST_PG_URL}, {@code ACTRAJECT_TEST_PG_USER} and {@code ACTRAJECT_TEST_PG_PASSWORD} point
 * the tests at another server.
 */
public final class PostgresTestDatabase {

    private static final String ADMIN_URL = env("ACTRAJECT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("ACTRAJECT_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("ACTRAJECT_TEST_PG_PASSWORD", "");

    private static final String PREFIX = "actraject_test_";
    private static final Duration LEFTOVER_AGE = Duration.ofHours(3);

    private PostgresTestDatabase() {
    }

    /** Whether the server answers; the tests that need it are skipped on a laptop without one, never in CI. */
    public static boolean available() {
        try (Connection ignored = DriverManager.getConnection(ADMIN_URL + connectTimeout(), USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates a new, empty database and points the Spring data source at it. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = create();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        // Spring keeps every test context of a run (up to 32), each with its pool: Hikari's default of 10 connections
        // held open would pass PostgreSQL's 100 once a module has a dozen such contexts ("too many clients
        // already"). A small pool that lets idle connections go after ten seconds keeps a run within the server's limit.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }

    /**
     * Creates a new database named after the moment of its creation. The databases of earlier runs are dropped
     * here rather than when a JVM ends: at that moment the application's own shutdown may still be using its
     * connections, and a database dropped beneath it makes the pool wait for its timeout.
     *
     * @return the JDBC URL of a new, empty database
     */
    public static synchronized String create() {
        dropLeftovers();
        String name = PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
        execute("create database " + name);
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    /** Drops the test databases created more than {@link #LEFTOVER_AGE} ago, by runs that are surely over. */
    private static void dropLeftovers() {
        long cutoff = Instant.now().minus(LEFTOVER_AGE).getEpochSecond();
        List<String> old = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    old.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: listing leftovers", e);
        }
        old.forEach(name -> execute("drop database if exists " + name + " with (force)"));
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql, e);
        }
    }

    private static String connectTimeout() {
        return (ADMIN_URL.contains("?") ? "&" : "?") + "connectTimeout=3";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
