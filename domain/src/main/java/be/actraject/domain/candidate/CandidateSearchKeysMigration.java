package be.actraject.domain.candidate;

import be.actraject.domain.config.NumberedJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration V18: the candidate's folded name and phone columns ({@link SearchKeys}), filled for the candidates
 * already there. In Java because neither H2 nor PostgreSQL (without the unaccent extension) folds accents the way the
 * application does, and both must hold the same keys. A bean, so that Spring Boot hands it to Flyway;
 * its version is given here rather than by the class name Flyway would otherwise read it from.
 */
@Component
class CandidateSearchKeysMigration extends NumberedJavaMigration {

    CandidateSearchKeysMigration() {
        super("18", "candidate search keys");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table candidate add column sort_name varchar(201)");
            ddl.execute("alter table candidate add column search_name varchar(302)");
            ddl.execute("alter table candidate add column phone_digits varchar(30)");
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, first_name, last_name, phone from candidate");
             PreparedStatement write = connection.prepareStatement(
                     "update candidate set sort_name = ?, search_name = ?, phone_digits = ? where id = ?")) {
            while (rows.next()) {
                String digits = SearchKeys.phoneDigits(rows.getString(4));
                write.setString(1, SearchKeys.sortName(rows.getString(2), rows.getString(3)));
                write.setString(2, SearchKeys.searchName(rows.getString(2), rows.getString(3)));
                write.setString(3, digits.isEmpty() ? null : digits);
                write.setLong(4, rows.getLong(1));
                write.executeUpdate();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index ix_candidate_sort_name on candidate (sort_name)");
        }
    }
}
