package be.actraject.web.fullstack;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The health endpoint a load balancer asks turns DOWN when the database is unreachable: here its connection pool is
 * closed under the running application (a context of its own, thrown away afterwards).
 */
@FullStackTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:health-without-db;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class HealthWithoutDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;

    @Test
    void theHealthIsDownWhenTheDatabaseIsGone() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));

        dataSource.unwrap(HikariDataSource.class).close();

        mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"));
    }
}
