package be.actraject.web.fullstack;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.ProviderDraft;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import be.actraject.testsupport.TestEnterpriseNumbers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's approval of a paid enrolment on the whole application: the enrolment starts its process, the
 * shipped rule sends an enrolment the cooperative pays to the coordinator's task and agrees a small one the VDAB pays
 * at once; a refusal without a reason is refused with nothing written, one with a reason is kept with the enrolment.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:printed-documents;DB_CLOSE_DELAY=-1")
class TrainingApprovalScreensTest {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    private static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    private long enrolIn(TestTrajectory t, String title, String cost, Payer payer) {
        long provider = context.getBean(TrainingProviders.class).create(new ProviderDraft(title + " vzw", null,
                null, null, TestEnterpriseNumbers.fresh()), COORDINATOR).getId();
        long module = context.getBean(TrainingModules.class).create(new ModuleDraft(title, provider,
                Set.of(Competency.NETWORKING), true, "Gent", false, new BigDecimal(cost), payer, null),
                COORDINATOR).getId();
        return context.getBean(Enrolments.class).enrol(t.candidateId(), module, null, COACH).getId();
    }

    private Task approvalOf(long enrolment) {
        return tasks.createTaskQuery().taskDefinitionKey(UserTask.TRAINING_APPROVAL.key())
                .processVariableValueEquals(Variables.ENROLMENT_ID, enrolment).singleResult();
    }

    private MockHttpSession coordinator() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("coordinator").password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private String state(long enrolment) {
        return jdbc.queryForObject("select state from training_enrolment where id = ?", String.class, enrolment);
    }

    @Test
    void aRefusalNeedsAReasonWhichIsKeptWithTheEnrolment() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Rik", "Weigering").coachedBy("coach")
                .inExploration();
        long enrolment = enrolIn(t, "Marketing weigertest", "280", Payer.CANDIDATE);
        Task task = approvalOf(enrolment);
        assertThat(task).isNotNull();
        assertThat(task.getName()).isEqualTo("Opleiding goedkeuren");
        MockHttpSession coordinator = coordinator();
        mvc.perform(post("/tasks/" + task.getId() + "/claim").with(csrf()).session(coordinator));

        String refused = mvc.perform(post("/tasks/" + task.getId() + "/training-approval").with(csrf())
                        .session(coordinator).param("decision", "REFUSE").param("reason", "  "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Zeg waarom je de inschrijving weigert.", "Marketing weigertest",
                "Rik Weigering", "€ 280,00", "de kandidaat",
                "value=\"REFUSE\" id=\"decision2\" name=\"decision\" checked=\"checked\"");
        assertThat(state(enrolment)).isEqualTo("REQUESTED");
        assertThat(approvalOf(enrolment)).isNotNull();

        mvc.perform(post("/tasks/" + task.getId() + "/training-approval").with(csrf()).session(coordinator)
                        .param("decision", "REFUSE").param("reason", "Eerst de starterscursus volgen"))
                .andExpect(redirectedUrl("/tasks"));

        assertThat(state(enrolment)).isEqualTo("REFUSED");
        assertThat(jdbc.queryForObject("select decision_reason from training_enrolment where id = ?", String.class,
                enrolment)).isEqualTo("Eerst de starterscursus volgen");
        assertThat(approvalOf(enrolment)).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("End_EnrolmentRefused").count()).isEqualTo(1);
        // Issue 17: the coach reads why in the dossier's box, not only who refused it and when.
        MockHttpSession coach = (MockHttpSession) mvc.perform(formLogin("/login").user("coach")
                .password(DemoAccounts.PASSWORD)).andReturn().getRequest().getSession(false);
        String dossier = mvc.perform(get("/candidates/" + t.candidateId()).session(coach))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dossier).contains("Geweigerd op", "Reden: Eerst de starterscursus volgen");
    }

    @Test
    void aSmallCostTheVdabPaysIsAgreedByTheRuleWithoutATask() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Sara", "Regel").coachedBy("coach")
                .inExploration();

        long enrolment = enrolIn(t, "Excel regeltest", "120", Payer.VDAB);

        assertThat(state(enrolment)).isEqualTo("AGREED");
        assertThat(approvalOf(enrolment)).isNull();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRAINING_ENROLMENT)
                .processInstanceBusinessKey(t.key()).finished().count()).isEqualTo(1);
        // The dossier says the rule agreed, not the coach who asked.
        MockHttpSession coach = (MockHttpSession) mvc.perform(formLogin("/login").user("coach")
                .password(DemoAccounts.PASSWORD)).andReturn().getRequest().getSession(false);
        String dossier = mvc.perform(get("/candidates/" + t.candidateId()).session(coach))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dossier).contains("Goedgekeurd door de regel op").doesNotContain("Goedgekeurd op");
    }

    @Test
    void anExitWithdrawsTheEnrolmentsWaitingForApprovalAndFreesTheirSeats() {
        TestTrajectory t = new TestTrajectories(context).candidate("Julie", "Uitstap").coachedBy("coach")
                .inExploration();
        long waiting = enrolIn(t, "Boekhouden uitstaptest", "280", Payer.CANDIDATE);
        long agreed = enrolIn(t, "Excel uitstaptest", "120", Payer.VDAB);
        assertThat(approvalOf(waiting)).isNotNull();
        assertThat(state(agreed)).isEqualTo("AGREED");
        ExitTasks exits = context.getBean(ExitTasks.class);

        exits.stop(t.trajectoryId(), "Stopt met het traject", COACH);
        assertThat(approvalOf(waiting)).as("still running while the exit is being registered").isNotNull();
        exits.completeExitRegistration(new TestTrajectories(context).claim(t, UserTask.EXIT_REGISTRATION, COACH),
                ExitType.STOPPED, "Verhuist naar het buitenland", COACH);

        assertThat(approvalOf(waiting)).isNull();
        assertThat(state(waiting)).isEqualTo("WITHDRAWN");
        assertThat(state(agreed)).isEqualTo("WITHDRAWN");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(t.key())
                .taskDefinitionKey(UserTask.TRAINING_APPROVAL.key()).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from timeline_entry where trajectory_id = ? and kind = ?",
                Integer.class, t.trajectoryId(), "TRAINING_WITHDRAWN")).isEqualTo(2);
        long moduleId = jdbc.queryForObject("select module_id from training_enrolment where id = ?", Long.class,
                waiting);
        assertThat(context.getBean(TrainingModules.class).overview().stream()
                .filter(o -> o.module().getId() == moduleId).findFirst().orElseThrow().enrolled()).isZero();
    }
}
