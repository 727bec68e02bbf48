package be.actraject.web.task;

import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A coach who claims a task of a colleague's candidate — Tom De Smet's, held by Karel — is refused with 403, the
 * refusal in the audit log as every other, and is not told who holds the task.
 */
@FullStackTest
class ClaimOutsideCaseloadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoachClaimingATaskOfAColleaguesCandidateIsRefusedBeforeBeingToldWhoHoldsIt() throws Exception {
        Task toms = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(trajectoryOf("Tom", "De Smet")))
                .taskAssignee("coach2").list().get(0);
        MockHttpSession coach = (MockHttpSession) mvc.perform(formLogin("/login").user("coach")
                .password(DemoAccounts.PASSWORD)).andReturn().getRequest().getSession(false);
        long refusals = refusals();

        var answer = mvc.perform(post("/tasks/" + toms.getId() + "/claim").session(coach).with(csrf()))
                .andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(403);
        assertThat(answer.getFlashMap().isEmpty()).as("no flash message").isTrue();
        assertThat(answer.getResponse().getContentAsString()).doesNotContain("Karel", "Van Acker");
        assertThat(refusals()).isEqualTo(refusals + 1);
        assertThat(jdbc.queryForObject("select subject from audit_entry where kind = 'WRITE_REFUSED'"
                + " and actor = 'coach' order by id desc limit 1", String.class))
                .contains("/tasks/" + toms.getId() + "/claim");
        assertThat(tasks.createTaskQuery().taskId(toms.getId()).singleResult().getAssignee()).isEqualTo("coach2");
    }

    private long trajectoryOf(String first, String last) {
        return jdbc.queryForObject("select max(t.id) from trajectory t join candidate c on c.id = t.candidate_id"
                + " where c.first_name = ? and c.last_name = ?", Long.class, first, last);
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_entry where kind = 'WRITE_REFUSED' and actor = 'coach'",
                Long.class);
    }
}
