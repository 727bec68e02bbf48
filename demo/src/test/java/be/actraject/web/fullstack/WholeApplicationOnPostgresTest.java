package be.actraject.web.fullstack;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link WholeApplicationContract} with the production profile on PostgreSQL, in a database of its own; the demo
 * data and the cooperative are given explicitly, as the postgres profile never makes them by itself.
 */
@FullStackTest
@ActiveProfiles("postgres")
@RequiresPostgres
class WholeApplicationOnPostgresTest extends WholeApplicationContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        // The production profile has no cooperative of its own: as in production, the environment sets it.
        registry.add("actraject.cooperative.name", () -> "Activiteitencooperatie Productie cvso");
        registry.add("actraject.cooperative.street", () -> "Kerkstraat 1");
        registry.add("actraject.cooperative.postal-code", () -> "2000");
        registry.add("actraject.cooperative.city", () -> "Antwerpen");
        registry.add("actraject.cooperative.enterprise-number", () -> "BE0403.170.701");
        registry.add("actraject.cooperative.iban", () -> "BE68539007547034");
    }
}
