package be.actraject.domain.training;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link EnrolmentConcurrencyContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class EnrolmentConcurrencyOnPostgresTest extends EnrolmentConcurrencyContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
