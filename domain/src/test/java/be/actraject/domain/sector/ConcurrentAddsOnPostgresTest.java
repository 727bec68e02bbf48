package be.actraject.domain.sector;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConcurrentAddsContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class ConcurrentAddsOnPostgresTest extends ConcurrentAddsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
