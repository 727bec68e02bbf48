package be.actraject.bpmn.watch;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link StuckWatchContract} on PostgreSQL, in a database of its own: the same answers as on H2. */
@RequiresPostgres
class StuckWatchOnPostgresTest extends StuckWatchContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
