package be.actraject.domain.invoice;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link InvoiceLinesContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class InvoiceLinesOnPostgresTest extends InvoiceLinesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
