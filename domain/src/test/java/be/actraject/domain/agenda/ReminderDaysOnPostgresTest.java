package be.actraject.domain.agenda;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ReminderDaysContract} on PostgreSQL, in a database of its own. */
@RequiresPostgres
class ReminderDaysOnPostgresTest extends ReminderDaysContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
