package be.actraject.domain.einvoice;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link VatRatesContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class VatRatesOnPostgresTest extends VatRatesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
