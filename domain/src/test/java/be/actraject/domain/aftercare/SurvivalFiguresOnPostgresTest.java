package be.actraject.domain.aftercare;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SurvivalFiguresContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class SurvivalFiguresOnPostgresTest extends SurvivalFiguresContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
