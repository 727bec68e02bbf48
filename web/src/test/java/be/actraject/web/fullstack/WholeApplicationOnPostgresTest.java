package be.actraject.web.fullstack;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link WholeApplicationContract} with the production profile on PostgreSQL, in a database of its own; the demo
 * data is asked for explicitly, as the postgres profile never makes it by itself.
 */
@FullStackTest
@ActiveProfiles("postgres")
@RequiresPostgres
class WholeApplicationOnPostgresTest extends WholeApplicationContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
