package be.actraject.web.fullstack;

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
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import be.actraject.testsupport.TestEnterpriseNumbers;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.util.Set;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator changes the training-approval rule on the parameters page without opening a diagram: rows the
 * engine cannot use are refused in Dutch with the row named and the table kept as typed, nothing deployed; a good
 * table is a new version that the next enrolment follows — a module the VDAB pays, which the shipped rule left to the
 * coach, now waits for the coordinator.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:training-rule-screens;DB_CLOSE_DELAY=-1")
class TrainingRuleScreensTest {

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
    RepositoryService repository;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/settings/parameters").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private long versions() {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(ProcessKeys.TRAINING_APPROVAL_RULE)
                .count();
    }

    /** Own money, then a row on the cost (paid by whom it says), then the row for every other enrolment. */
    private static MockHttpServletRequestBuilder table(MockHttpSession session, String payer, String cost,
                                                       String lastPayer, String reason) {
        return post("/settings/training-rule").with(csrf()).session(session)
                .param("rows[0].payers", "COOPERATIVE", "CANDIDATE").param("rows[0].cost", "")
                .param("rows[0].coordinatorAgrees", "true").param("rows[0].description", "Eigen geld")
                .param("rows[1].payers", payer).param("rows[1].cost", cost)
                .param("rows[1].coordinatorAgrees", "true").param("rows[1].description", "Dure modules")
                .param("rows[2].payers", lastPayer).param("rows[2].cost", "")
                .param("rows[2].coordinatorAgrees", "false").param("rows[2].description", "Anders de coach")
                .param("reason", reason);
    }

    private String refused(MockHttpSession session, String payer, String cost, String lastPayer) throws Exception {
        return mvc.perform(table(session, payer, cost, lastPayer, "Strenger voor de VDAB"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long enrolIn(TestTrajectory t, String title, String cost, Payer payer) {
        long provider = context.getBean(TrainingProviders.class).create(new ProviderDraft(title + " vzw", null,
                null, null, TestEnterpriseNumbers.fresh()), COORDINATOR).getId();
        long module = context.getBean(TrainingModules.class).create(new ModuleDraft(title, provider,
                Set.of(Competency.NETWORKING), true, "Gent", false, new BigDecimal(cost), payer, null),
                COORDINATOR).getId();
        return context.getBean(Enrolments.class).enrol(t.candidateId(), module, null, COACH).getId();
    }

    private boolean waitsForTheCoordinator(long enrolment) {
        return tasks.createTaskQuery().taskDefinitionKey(UserTask.TRAINING_APPROVAL.key())
                .processVariableValueEquals(Variables.ENROLMENT_ID, enrolment).count() == 1;
    }

    private String state(long enrolment) {
        return jdbc.queryForObject("select state from training_enrolment where id = ?", String.class, enrolment);
    }

    @Test
    void theCoordinatorChangesTheTrainingRuleAndTheNextEnrolmentFollowsIt() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        assertThat(page(coordinator)).contains("data-testid=\"training-rule\"",
                "Goedkeuring van inschrijvingen voor opleidingen", "value=\"&gt; 500\"",
                "value=\"Anders volstaat de inschrijving door de coach\"",
                "value=\"COOPERATIVE\" selected=\"selected\"");
        long shipped = versions();

        assertThat(refused(coordinator, "BANK", "> 150", ""))
                .contains("rij 2, kolom Wie betaalt: BANK kan hier niet gekozen worden",
                        "value=\"&gt; 150\"", "value=\"Strenger voor de VDAB\"");
        assertThat(refused(coordinator, "VDAB", "> 15O", ""))
                .contains("rij 2, kolom Kostprijs (EUR): &gt; 15O is geen bedrag",
                        "value=\"&gt; 15O\"", "value=\"VDAB\" selected=\"selected\"");
        // A name would be read as a variable that is never there: the row would never match.
        assertThat(refused(coordinator, "VDAB", "> duur", ""))
                .contains("rij 2, kolom Kostprijs (EUR): &gt; duur is geen bedrag", "value=\"&gt; duur\"")
                .doesNotContain("FEEL");
        assertThat(refused(coordinator, "VDAB", "> 150", "THIRD_PARTY"))
                .contains("rij 3, de laatste, vangt niet elk geval op");
        assertThat(refused(coordinator, "VDAB", "> 1.500", ""))
                .contains("rij 2, kolom Kostprijs (EUR): in &gt; 1.500 is niet duidelijk");
        assertThat(versions()).isEqualTo(shipped);

        mvc.perform(table(coordinator, "VDAB", "> 150,50", "", "Strenger voor de VDAB"))
                .andExpect(redirectedUrl("/settings/parameters#training-rule"))
                .andExpect(flashMessage("trainingRule.changed"));

        assertThat(versions()).isEqualTo(shipped + 1);
        // Saved in FEEL with a decimal point, shown back to the Dutch reader with the comma typed.
        assertThat(page(coordinator)).contains("value=\"&gt; 150,50\"", "value=\"VDAB\" selected=\"selected\"");
        TestTrajectory t = new TestTrajectories(context).candidate("Vera", "Regelwijziging").coachedBy("coach")
                .inExploration();
        long costly = enrolIn(t, "Boekhouden regeltest", "200", Payer.VDAB);
        long small = enrolIn(t, "Excel regeltest", "150.50", Payer.VDAB);
        long thirdParty = enrolIn(t, "Verkoop regeltest", "200", Payer.THIRD_PARTY);
        assertThat(waitsForTheCoordinator(costly)).isTrue();
        assertThat(state(small)).isEqualTo("AGREED");
        assertThat(state(thirdParty)).isEqualTo("AGREED");
        assertThat(mvc.perform(get("/models").session(coordinator)).andReturn().getResponse()
                .getContentAsString()).contains("Strenger voor de VDAB");

        mvc.perform(post("/settings/training-rule").with(csrf()).session(signIn("coach")).param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(versions()).isEqualTo(shipped + 1);
    }
}
