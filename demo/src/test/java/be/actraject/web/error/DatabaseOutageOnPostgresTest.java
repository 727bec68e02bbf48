package be.actraject.web.error;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.TcpProxy;
import be.actraject.web.support.LogEvents;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DatabaseOutageContract} with the production profile on PostgreSQL, whose driver settings it checks too; and
 * the nastier outage, a server that stops answering without closing anything (a network gone silent), which only the
 * timeouts end.
 */
@FullStackTest
@ActiveProfiles("postgres")
@RequiresPostgres
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext
class DatabaseOutageOnPostgresTest extends DatabaseOutageContract {

    private static TcpProxy proxy;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Map<String, Supplier<Object>> database = new LinkedHashMap<>();
        PostgresTestDatabase.register(database::put);
        URI server = URI.create(database.get("spring.datasource.url").get().toString().substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort());
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath();
        database.put("spring.datasource.url", () -> proxied);
        database.forEach(registry::add);
        registry.add("actraject.cooperative.name", () -> "Activiteitencooperatie Productie cvso");
        registry.add("actraject.cooperative.street", () -> "Kerkstraat 1");
        registry.add("actraject.cooperative.postal-code", () -> "2000");
        registry.add("actraject.cooperative.city", () -> "Antwerpen");
        registry.add("actraject.cooperative.enterprise-number", () -> "BE0403.170.701");
        registry.add("actraject.cooperative.iban", () -> "BE68539007547034");
    }

    @Override
    TcpProxy database() {
        return proxy;
    }

    @Test
    void theServerCancelsAStatementAfterFifteenSeconds() {
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("15s");
    }

    /**
     * Flyway runs on the application's pool, with its timeouts and the driver's, not on a connection of its own that
     * would wait for a silent server without end (as one made from {@code spring.flyway.url} would).
     */
    @Test
    void flywayMigratesThroughThePoolWithItsTimeouts() {
        assertThat(flyway.getConfiguration().getDataSource()).isSameAs(dataSource);
        assertThat(dataSource).isInstanceOfSatisfying(HikariDataSource.class, pool -> {
            assertThat(pool.getConnectionTimeout()).isEqualTo(3000);
            assertThat(pool.getValidationTimeout()).isEqualTo(1000);
            assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3")
                    .containsEntry("socketTimeout", "20");
        });
    }

    @Test
    void thePoolChecksEveryConnectionItHandsOut() {
        assertThat(System.getProperty("com.zaxxer.hikari.aliveBypassWindowMs")).isEqualTo("0");
    }

    /**
     * The proxy hanging is a server that accepts connections and never answers. No pause first: the pool checks even
     * the connection the sign-in just used, so the first page after the silence is already answered in time.
     */
    @Test
    void everyPageAndTheHealthCheckAre503WithinSecondsWhenTheDatabaseGoesSilent() {
        List<String> pages = List.of("/tasks", "/candidates", "/groups", "/invoices", "/candidates/new");
        proxy.hang();

        try (LogEvents all = LogEvents.capture(Logger.ROOT_LOGGER_NAME, null);
             LogEvents failures = LogEvents.capture(ErrorPage.class.getName(), Level.INFO)) {
            for (String path : pages) {
                HttpResponse<String> page = promptly(() -> coach.get(path));
                assertThat(page.statusCode()).as(path).isEqualTo(503);
                assertThat(page.body()).contains("data-status=\"503\"");
            }
            HttpResponse<String> health = promptly(() -> new be.actraject.web.support.WebClient(port)
                    .get("/actuator/health", "Accept", "application/json"));
            assertThat(health.statusCode()).isEqualTo(503);

            assertThat(failures.lines("HTTP 503")).as("one line per page").hasSize(pages.size());
            assertThat(all.events().stream().filter(e -> e.getThrowableProxy() != null)
                    .filter(e -> e.getThreadName().startsWith("http-")).map(ILoggingEvent::getFormattedMessage))
                    .as("no stack trace").isEmpty();
        }
    }
}
