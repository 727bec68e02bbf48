package be.actraject.domain;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link WorkspaceDomainContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class WorkspaceDomainOnPostgresTest extends WorkspaceDomainContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
