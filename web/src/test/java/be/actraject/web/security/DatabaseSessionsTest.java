package be.actraject.web.security;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.web.support.DatabaseSessionsForMockMvc;
import be.actraject.workflow.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signed-in session lives in the database (Spring Session JDBC, issue 19), not in this node's memory: after a
 * sign-in its row names the person, a request that brings nothing but the cookie — MockMvc keeps no session of its
 * own between requests — is served as that person, and signing out deletes the row, after which the cookie opens
 * nothing. That another node serves the same cookie is {@code TwoNodesOnPostgresTest} (demo module).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:database-sessions;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "actraject.demo-data=false"})
@AutoConfigureMockMvc
class DatabaseSessionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Accounts accounts;

    @Test
    void aSignedInSessionIsARowInTheDatabaseThatServesTheCookieAloneUntilSignOut() throws Exception {
        accounts.create("dbsessie", "Daan", "Sessie", null, "secret-1234", Role.COACH);

        MockHttpServletResponse signedIn = mvc.perform(formLogin("/login").user("dbsessie").password("secret-1234"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse();
        Cookie cookie = signedIn.getCookie(DatabaseSessionsForMockMvc.COOKIE);
        assertThat(cookie).as("the session cookie of the sign-in").isNotNull();

        assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = 'dbsessie'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select a.ATTRIBUTE_NAME from SPRING_SESSION_ATTRIBUTES a join SPRING_SESSION s"
                + " on s.PRIMARY_ID = a.SESSION_PRIMARY_ID where s.PRINCIPAL_NAME = 'dbsessie'", String.class))
                .contains("SPRING_SECURITY_CONTEXT");

        String page = mvc.perform(get("/tasks").cookie(cookie)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Daan Sessie");

        mvc.perform(post("/logout").with(csrf()).cookie(cookie)).andExpect(redirectedUrl("/login?logout"));
        assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = 'dbsessie'",
                Integer.class)).isZero();
        mvc.perform(get("/tasks").cookie(cookie)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
    }
}
