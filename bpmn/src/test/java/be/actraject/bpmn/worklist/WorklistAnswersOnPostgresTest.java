package be.actraject.bpmn.worklist;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link WorklistAnswersContract} on PostgreSQL, in a database of its own: the same answers as on H2. */
@RequiresPostgres
class WorklistAnswersOnPostgresTest extends WorklistAnswersContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
