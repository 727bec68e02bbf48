package be.actraject.web.error;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.TcpProxy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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

    @Test
    void aPageAndTheHealthCheckAre503WithinSecondsWhenTheDatabaseGoesSilent() throws InterruptedException {
        proxy.hang();
        // Past the pool's half second in which a connection just used is handed out unchecked.
        Thread.sleep(600);

        HttpResponse<String> page = promptly(() -> coach.get("/tasks"));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("data-status=\"503\"");

        HttpResponse<String> health = promptly(() -> new be.actraject.web.support.WebClient(port)
                .get("/actuator/health", "Accept", "application/json"));
        assertThat(health.statusCode()).isEqualTo(503);
    }
}
