package be.actraject.domain.customer;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CustomersContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class CustomersOnPostgresTest extends CustomersContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
