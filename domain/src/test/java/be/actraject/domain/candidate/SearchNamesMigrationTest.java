package be.actraject.domain.candidate;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V48 on a database that holds data written before it ({@link SearchNamesMigration}): a candidate with an apostrophe
 * gets its new search name, one without gets its names joined, one in another script gets the keys it folded to nothing, a
 * customer gets one, and the columns take the longest names.
 * On an H2 database of its own, migrated to V47 first with the application's own migrations.
 */
@SpringBootTest(classes = be.actraject.domain.DomainTestApplication.class)
class SearchNamesMigrationTest {

    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void anExistingCandidateWithAnApostropheAndAnExistingCustomerAreFoundAfterTheUpgrade() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:v48-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        flyway(database, "47").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        // As V18 and the application before V48 wrote them.
        long hondt = candidate(jdbc, "Jan", "D'Hondt", "dhondt jan", "jan dhondt jan", "H1");
        long smet = candidate(jdbc, "Ann", "De Smet", "de smet ann", "ann de smet ann", "S1");
        long olena = candidate(jdbc, "Олена", "Шевченко", "", "", "O1");
        jdbc.update("insert into trajectory (candidate_id, start_date, version) values (?, date '2026-01-05', 0)",
                hondt);
        long trajectory = jdbc.queryForObject("select max(id) from trajectory", Long.class);
        jdbc.update("""
                insert into customer (trajectory_id, kind, name, street, postal_code, city, country_code, created_by,
                    created_at) values (?, 'CONSUMER', 'L''Atelier Çağrı', 'Markt 1', '2300', 'Turnhout', 'BE',
                    'test', current_timestamp)""", trajectory);

        flyway(database, "48").migrate();

        assertThat(searchName(jdbc, hondt)).isEqualTo("jan dhondt jan jan d hondt jan dhondtjan");
        assertThat(searchName(jdbc, smet)).isEqualTo("ann de smet ann desmetann");
        assertThat(searchName(jdbc, olena)).isEqualTo("олена шевченко олена шевченкоолена");
        assertThat(jdbc.queryForObject("select sort_name from candidate where id = ?", String.class, olena))
                .isEqualTo("шевченко олена");
        assertThat(jdbc.queryForObject("select search_name from customer", String.class))
                .isEqualTo("latelier cagri l atelier cagri");
        String longest = "'" + "ß".repeat(99);
        jdbc.update("update candidate set sort_name = ?, search_name = ? where id = ?",
                SearchKeys.sortName(longest, longest), SearchKeys.searchName(longest, longest), smet);
        assertThat(searchName(jdbc, smet)).isEqualTo(SearchKeys.searchName(longest, longest));
    }

    private Flyway flyway(DriverManagerDataSource database, String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new)).target(target).load();
    }

    private static long candidate(JdbcTemplate jdbc, String first, String last, String sortName, String searchName,
                                  String number) {
        jdbc.update("""
                insert into candidate (first_name, last_name, date_of_birth, job_seeker_number, date_of_entry,
                    business_idea, registered_at, registered_by, sort_name, search_name)
                values (?, ?, date '1990-01-01', ?, date '2026-01-05', 'Idee', current_timestamp, 'test', ?, ?)""",
                first, last, number, sortName, searchName);
        return jdbc.queryForObject("select id from candidate where job_seeker_number = ?", Long.class, number);
    }

    private static String searchName(JdbcTemplate jdbc, long candidate) {
        return jdbc.queryForObject("select search_name from candidate where id = ?", String.class, candidate);
    }
}
