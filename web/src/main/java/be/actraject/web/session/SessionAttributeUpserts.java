package be.actraject.web.session;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

import javax.sql.DataSource;

/**
 * A session attribute written by two requests of one session at once is stored, not refused. Spring Session adds a
 * new attribute with a plain {@code INSERT}: two tabs that each leave a flash message (two enrolments at the same
 * moment, say) both find it absent, and the second insert breaks the key of {@code SPRING_SESSION_ATTRIBUTES} — which
 * ended that request with an error page though its work was done. An upsert keeps the last one written: on
 * PostgreSQL Spring Session's own {@code ON CONFLICT} query, on H2 its {@code MERGE … KEY}. The parameters stay
 * Spring Session's: primary id, attribute name, bytes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
class SessionAttributeUpserts {

    static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource) {
        String product = databaseProduct(dataSource);
        return repository -> {
            if ("PostgreSQL".equals(product)) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            } else if ("H2".equals(product)) {
                repository.setCreateSessionAttributeQuery(H2_UPSERT);
            } else {
                throw new IllegalStateException("No session attribute upsert for the database " + product);
            }
        };
    }

    private static String databaseProduct(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("The database's product name could not be read", e);
        }
    }
}
