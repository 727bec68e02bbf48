package be.actraject.domain.find;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SectorGroupCandidatesContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class SectorGroupCandidatesOnPostgresTest extends SectorGroupCandidatesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
