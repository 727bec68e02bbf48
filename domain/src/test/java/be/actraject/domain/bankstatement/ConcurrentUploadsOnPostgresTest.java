package be.actraject.domain.bankstatement;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConcurrentUploadsContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class ConcurrentUploadsOnPostgresTest extends ConcurrentUploadsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
