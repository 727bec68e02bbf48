package be.actraject.domain.config;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java and given to Flyway as a Spring bean (Spring Boot hands every
 * {@link JavaMigration} bean to Flyway), with its version stated rather than read from a class name as Flyway's
 * {@code BaseJavaMigration} does. In Java where SQL cannot do the work on both H2 and PostgreSQL alike, such as folding
 * accents the way the application does.
 */
public abstract class NumberedJavaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    /**
     * @param version     the migration's number, e.g. {@code "35"}: its place among the SQL files {@code V<n>__*.sql}
     * @param description what Flyway's history table says it did
     */
    protected NumberedJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    /** None: like Flyway's own Java migrations, a change to the class is not detected once it has run. */
    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
