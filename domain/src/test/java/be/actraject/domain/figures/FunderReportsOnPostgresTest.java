package be.actraject.domain.figures;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link FunderReportsContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class FunderReportsOnPostgresTest extends FunderReportsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
