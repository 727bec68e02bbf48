package be.actraject.domain.sector;

import be.actraject.domain.config.NumberedJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration V35, the registers of issue 17: the expert's folded search key ({@link Expert#searchKey}), filled for the
 * experts already there — in Java, as V18 does for candidates, because neither H2 nor PostgreSQL folds accents the
 * way the application does — and one training provider per enterprise number (the ten digits the entity keeps), the
 * line {@link be.actraject.domain.training.TrainingProviders} checks first. A bean, so that Spring Boot hands it to
 * Flyway; its version is given here rather than read from a class name.
 */
@Component
class RegisterKeysMigration extends NumberedJavaMigration {

    RegisterKeysMigration() {
        super("35", "expert search key and unique provider enterprise number");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            // A folded letter may become two (ß → ss): twice the name and the field, and the separator.
            ddl.execute("alter table expert add column search_key varchar(403)");
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, name, field from expert");
             PreparedStatement write = connection.prepareStatement("update expert set search_key = ? where id = ?")) {
            while (rows.next()) {
                write.setString(1, Expert.searchKey(rows.getString(2), rows.getString(3)));
                write.setLong(2, rows.getLong(1));
                write.executeUpdate();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table expert alter column search_key set not null");
            ddl.execute("create unique index uq_training_provider_enterprise_number"
                    + " on training_provider (enterprise_number)");
        }
    }
}
