package be.actraject.bpmn.flow;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TrajectoryFlowContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class TrajectoryFlowOnPostgresTest extends TrajectoryFlowContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
