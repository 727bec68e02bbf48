package be.actraject.domain.invoice;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link IssuedBuyerContract} on PostgreSQL, in a database of its own (V41's columns there). */
@RequiresPostgres
class IssuedBuyerOnPostgresTest extends IssuedBuyerContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
