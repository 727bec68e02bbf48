package be.actraject.web.task;

import be.actraject.domain.access.Actor;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A coach who claims a task of a colleague's candidate — one held by Karel (coach2) — is refused with 403, the
 * refusal in the audit log as every other, and is not told who holds the task.
 */
@FullStackTest
class ClaimOutsideCaseloadTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoachClaimingATaskOfAColleaguesCandidateIsRefusedBeforeBeingToldWhoHoldsIt() throws Exception {
        TestTrajectories trajectories = new TestTrajectories(context);
        TestTrajectory candidate = trajectories.candidate("Cas", "Vancollega").coachedBy("coach2").registered();
        String held = trajectories.claim(candidate, UserTask.INDIVIDUAL_CONVERSATION, Actor.of("coach2", Role.COACH));
        MockHttpSession coach = (MockHttpSession) mvc.perform(formLogin("/login").user("coach")
                .password(DemoAccounts.PASSWORD)).andReturn().getRequest().getSession(false);
        long refusals = refusals();

        var answer = mvc.perform(post("/tasks/" + held + "/claim").session(coach).with(csrf()))
                .andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(403);
        assertThat(answer.getFlashMap().isEmpty()).as("no flash message").isTrue();
        assertThat(answer.getResponse().getContentAsString()).doesNotContain("Karel", "Van Acker");
        assertThat(refusals()).isEqualTo(refusals + 1);
        assertThat(jdbc.queryForObject("select subject from audit_entry where kind = 'WRITE_REFUSED'"
                + " and actor = 'coach' order by id desc limit 1", String.class))
                .contains("/tasks/" + held + "/claim");
        assertThat(tasks.createTaskQuery().taskId(held).singleResult().getAssignee()).isEqualTo("coach2");
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_entry where kind = 'WRITE_REFUSED' and actor = 'coach'",
                Long.class);
    }
}
