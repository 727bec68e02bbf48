package be.actraject.domain.sector;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SectorGroupChangesContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class SectorGroupChangesOnPostgresTest extends SectorGroupChangesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
