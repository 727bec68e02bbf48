package be.actraject.web.session;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SessionAttributeRaceContract} on PostgreSQL (Spring Session's {@code ON CONFLICT} upsert). */
@SpringBootTest(properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "actraject.demo-data=false"})
@ActiveProfiles("postgres")
@RequiresPostgres
class SessionAttributeRaceOnPostgresTest extends SessionAttributeRaceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        registry.add("actraject.cooperative.name", () -> "Activiteitencooperatie Productie cvso");
        registry.add("actraject.cooperative.street", () -> "Kerkstraat 1");
        registry.add("actraject.cooperative.postal-code", () -> "2000");
        registry.add("actraject.cooperative.city", () -> "Antwerpen");
        registry.add("actraject.cooperative.enterprise-number", () -> "BE0403.170.701");
        registry.add("actraject.cooperative.iban", () -> "BE68539007547034");
    }
}
