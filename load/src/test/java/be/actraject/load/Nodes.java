package be.actraject.load;

import be.actraject.AcTrajectApplication;
import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.web.support.ProductionClassesOnly;
import org.springframework.boot.builder.SpringApplicationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Nodes of the application with the demo data on one fresh PostgreSQL database, started in this JVM as {@code
 * TwoNodesOnPostgresTest} starts them (each a whole Spring application with its engine, pool and port). The first
 * node creates the schema and fills it — the demo's candidates in every phase, the finished ones, and the extra
 * candidates the run asks for — and runs the job executor; the nodes added later find it all there.
 */
final class Nodes implements AutoCloseable {

    private final Map<String, Supplier<Object>> database = new LinkedHashMap<>();
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    /** How long the first node took to start, filling included, and the others after it. */
    private final List<Long> startMillis = new ArrayList<>();

    private Nodes() {
    }

    /** The database's connection as a Spring application's arguments ({@code --spring.datasource.url=…}, …). */
    List<String> databaseArguments() {
        return database.entrySet().stream().filter(e -> e.getKey().startsWith("spring.datasource."))
                .map(e -> "--" + e.getKey() + "=" + e.getValue().get()).toList();
    }

    /**
     * A fresh database and its first node, which fills it; later nodes join with {@link #add()}, on the same data.
     */
    static Nodes startFirst(int extraCandidates) {
        Nodes nodes = new Nodes();
        PostgresTestDatabase.register(nodes.database::put);
        // The test database's small pool is for the many test contexts of a test run; a node under load has the
        // application's own (Hikari's default of ten).
        nodes.database.keySet().removeIf(name -> name.startsWith("spring.datasource.hikari."));
        try {
            // Filling commits thousands of small transactions; waiting for the disk on each would make the fill,
            // not the application, the harness's cost. The runs commit as production does (below).
            synchronousCommit(nodes.database, false);
            nodes.startNode(true, extraCandidates);
            synchronousCommit(nodes.database, true);
            // Pooled connections keep the setting they were opened with: new ones take the database's.
            nodes.first().getBean(DataSource.class).unwrap(HikariDataSource.class).getHikariPoolMXBean()
                    .softEvictConnections();
        } catch (RuntimeException | SQLException e) {
            nodes.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        return nodes;
    }

    /** One more node on the same database, without the job executor (one node runs it, as production may). */
    void add() {
        startNode(false, 0);
    }

    /** Stops the nodes added last until {@code count} are left (the first, which fills, stays). */
    void keep(int count) {
        while (started.size() > Math.max(1, count)) {
            started.remove(started.size() - 1).close();
        }
    }

    int count() {
        return started.size();
    }

    private void startNode(boolean first, int extraCandidates) {
        long t0 = System.nanoTime();
        started.add(startOne(database, first, extraCandidates));
        startMillis.add((System.nanoTime() - t0) / 1_000_000);
    }

    /** As the database's own setting, for the connections opened from now on. */
    private static void synchronousCommit(Map<String, Supplier<Object>> database, boolean on) throws SQLException {
        String url = String.valueOf(database.get("spring.datasource.url").get());
        try (Connection c = DriverManager.getConnection(url,
                String.valueOf(database.get("spring.datasource.username").get()),
                String.valueOf(database.get("spring.datasource.password").get()));
             Statement s = c.createStatement()) {
            s.execute("alter database " + url.substring(url.lastIndexOf('/') + 1) + " set synchronous_commit = "
                    + (on ? "on" : "off"));
        }
    }

    private static ConfigurableApplicationContext startOne(Map<String, Supplier<Object>> database, boolean first,
                                                           int extraCandidates) {
        List<String> properties = new ArrayList<>();
        database.forEach((name, value) -> properties.add(name + "=" + value.get()));
        properties.addAll(List.of(
                "server.port=0",
                "camunda.bpm.generate-unique-process-engine-name=true",
                "camunda.bpm.job-execution.enabled=" + first,
                // The demo on PostgreSQL (its profile turns the demo off; the command line wins).
                "actraject.demo-data=" + first,
                "actraject.demo-extra-candidates=" + extraCandidates,
                "actraject.cooperative.name=Activiteitencooperatie Belasting cvso",
                "actraject.cooperative.street=Kerkstraat 1",
                "actraject.cooperative.postal-code=2000",
                "actraject.cooperative.city=Antwerpen",
                "actraject.cooperative.enterprise-number=BE0403.170.701",
                "actraject.cooperative.iban=BE68539007547034",
                "logging.level.root=WARN",
                "logging.level.be.actraject.demo=INFO",
                "logging.level.org.flywaydb.core.internal.command=INFO",
                "logging.level.org.springframework.boot.StartupInfoLogger=INFO"));
        return new SpringApplicationBuilder(AcTrajectApplication.class, PageStatements.class)
                .profiles("postgres")
                .initializers(ProductionClassesOnly.initializer())
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    ConfigurableApplicationContext first() {
        return started.get(0);
    }

    List<String> baseUrls() {
        return started.stream().map(node -> "http://localhost:"
                + node.getEnvironment().getRequiredProperty("local.server.port")).toList();
    }

    List<Long> startMillis() {
        return List.copyOf(startMillis);
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        started.clear();
    }
}
