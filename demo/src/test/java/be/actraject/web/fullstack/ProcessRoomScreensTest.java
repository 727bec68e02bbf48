package be.actraject.web.fullstack;

import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.web.fixtures.NewCandidate;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's process room through the whole application on the demo data: the models with their versions and
 * running trajectories, a version's diagram data and who waits where, validation answers placed on elements, a
 * deployment that new trajectories use and that the audit log records, uploads refused for their reasons, and nobody
 * else let in.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:process-room;DB_CLOSE_DELAY=-1")
class ProcessRoomScreensTest {

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TrajectoryStart trajectories;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationContext context;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private String xmlOf(MockHttpSession session, String definitionId) throws Exception {
        return mvc.perform(get("/models/" + definitionId + "/xml").param("inline", "").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode postModel(MockHttpSession session, String path, String xml, String comment) throws Exception {
        var request = post(path).with(csrf())
                .session(session).param("xml", xml).param("name", "intake.bpmn");
        if (comment != null) {
            request.param("comment", comment);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theModelsListTheirVersionsAndTheDiagramTellsWhereTrajectoriesWait() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        String list = page(coordinator, "/models");
        assertThat(list).contains("data-model=\"trajectory\"", "data-model=\"intake\"", "data-model=\"invoicing\"",
                "data-model=\"invoice-approval-rule\"", "met de toepassing uitgerold");

        // The version a new trajectory's intake runs on (another test of this class may have deployed a later one).
        TestTrajectory waitingOne = new TestTrajectories(context).candidate("Gijs", "Gesprekwacht").registered();
        String intake = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.INTAKE)
                .processInstanceBusinessKey(waitingOne.key()).singleResult().getProcessDefinitionId();
        String diagram = page(coordinator, "/models/" + intake);
        Matcher counts = Pattern.compile("data-counts=\"([^\"]*)\"").matcher(diagram);
        assertThat(counts.find()).isTrue();
        JsonNode waiting = json.readTree(counts.group(1).replace("&quot;", "\""));
        assertThat(waiting.path("Task_IndividualConversation").asInt()).isPositive();
        assertThat(page(coordinator, "/models/" + intake + "/elements/Task_IndividualConversation"))
                .contains("data-testid=\"waiting-list\"", "/candidates/");
        assertThat(xmlOf(coordinator, intake)).contains("<bpmn:process id=\"intake\"");
        mvc.perform(get("/models/" + intake + "/xml").param("inline", "").session(coordinator))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", containsString("text/plain")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", "sandbox"));
        mvc.perform(get("/models/" + intake + "/xml").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("intake-v1.bpmn")));
        assertThat(page(coordinator, "/models/" + intake + "/edit")).contains("data-process-modeler",
                "/process-room/modeler.js");
        mvc.perform(get("/process-room/modeler.js").session(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/models/nonexistent:1:x").session(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/models/" + intake + "/migrate").param("target", intake).session(coordinator))
                .andExpect(status().isNotFound());
        // Posted too: onto another process's version, or onto itself, there is no migration (not a 500).
        String exploration = latest(ProcessKeys.EXPLORATION).getId();
        for (String target : new String[]{exploration, intake}) {
            mvc.perform(post("/models/" + intake + "/migrate").with(csrf()).session(coordinator)
                    .param("target", target).param("confirm", "true")).andExpect(status().isNotFound());
        }

        for (String user : new String[]{"coach", "office"}) {
            MockHttpSession other = signIn(user);
            mvc.perform(get("/models").session(other)).andExpect(status().isForbidden());
            mvc.perform(get("/models/" + intake + "/xml").session(other)).andExpect(status().isForbidden());
        }
        page(signIn("admin"), "/models");
    }

    @Test
    void aChangedModelIsValidatedDeployedAsANewVersionThatNewTrajectoriesUseAndRecorded() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        ProcessDefinition before = latest(ProcessKeys.INTAKE);
        String xml = xmlOf(coordinator, before.getId());

        JsonNode broken = postModel(coordinator, "/models/validate",
                xml.replace("camunda:candidateGroups=\"coach\"", ""), null);
        assertThat(broken.path("valid").asBoolean()).isFalse();
        assertThat(broken.path("problems").findValuesAsText("code")).contains("NO_CANDIDATE_GROUPS");
        assertThat(broken.path("problems").findValuesAsText("elementId")).contains("Task_IndividualConversation");
        assertThat(broken.path("html").asText()).contains("Niemand kan deze taak opnemen");

        String changed = xml.replace("name=\"Record Entre-spiegel results\"", "name=\"Entre-spiegel afnemen\"");
        assertThat(postModel(coordinator, "/models/validate", changed, null).path("valid").asBoolean()).isTrue();
        JsonNode withoutComment = postModel(coordinator, "/models/deploy", changed, " ");
        assertThat(withoutComment.path("valid").asBoolean()).isFalse();
        assertThat(latest(ProcessKeys.INTAKE).getVersion()).isEqualTo(before.getVersion());

        JsonNode deployed = postModel(coordinator, "/models/deploy", changed, "Entre-spiegel in het Nederlands");
        assertThat(deployed.path("deployedUrl").asText()).startsWith("/models/");
        ProcessDefinition after = latest(ProcessKeys.INTAKE);
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(page(coordinator, "/models")).contains("uitgerold door Mieke De Wilde",
                "Entre-spiegel in het Nederlands");
        // The audit log and the version's page name what changed: the task's name, old and new.
        assertThat(page(signIn("admin"), "/admin/audit")).contains("Model uitgerold", "intake",
                "Entre-spiegel in het Nederlands", "~ userTask Task_EntreSpiegel",
                "name Record Entre-spiegel results → Entre-spiegel afnemen");
        assertThat(page(coordinator, "/models/" + after.getId())).contains("data-testid=\"model-changes\"",
                "~ userTask Task_EntreSpiegel");

        // A trajectory that starts now runs its intake on the new version; running ones stay where they are.
        long trajectory = trajectories.register(new CandidateDetails("Lore", "Modelproef", "lore.modelproef@example.be",
                "0470 11 22 33", "Markt 1", "9000", "Gent", LocalDate.of(1990, 3, 4), "VDAB778899",
                LocalDate.now(clock), "Stoffering"), "coach",
                Actor.of("coordinator", Role.COORDINATOR)).trajectoryId();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.INTAKE)
                .processInstanceBusinessKey(Long.toString(trajectory)).singleResult().getProcessDefinitionId())
                .isEqualTo(after.getId());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(before.getId()).count()).isPositive();
    }

    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    @Test
    void aModelReachingBeyondItsAllowListIsRefusedOnItsElementInTheUsersLanguageAndTheAttemptIsAudited()
            throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        ProcessDefinition before = latest(ProcessKeys.INTAKE);
        String elevate = xmlOf(coordinator, before.getId()).replace("${trajectoryPhases.enter(trajectoryId, 'INTAKE')}",
                "${identityService.createMembership('coordinator', 'administrator')}");

        JsonNode dutch = postModel(coordinator, "/models/deploy", elevate, "Snellere intake");
        assertThat(dutch.path("valid").asBoolean()).isFalse();
        assertThat(dutch.path("problems").findValuesAsText("code")).contains("BEAN_NOT_REACHABLE");
        assertThat(dutch.path("problems").findValuesAsText("elementId")).contains("Service_EnterIntake");
        assertThat(dutch.path("html").asText())
                .contains("identityService is een onderdeel van de toepassing dat een model niet mag aanroepen");
        String script = elevate.replace("${identityService.createMembership('coordinator', 'administrator')}",
                "${execution.getClass().forName('java.lang.Runtime')}");
        JsonNode english = json.readTree(mvc.perform(post("/models/validate").with(csrf()).session(coordinator)
                        .param("xml", script).param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.path("problems").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("execution.getClass is out of a model's reach"));

        assertThat(latest(ProcessKeys.INTAKE).getVersion()).isEqualTo(before.getVersion());
        assertThat(identity.createUserQuery().userId("coordinator").memberOfGroup("administrator").count()).isZero();
        assertThat(page(signIn("admin"), "/admin/audit")).contains("Model geweigerd", "Snellere intake",
                "Service_EnterIntake: identityService is een onderdeel van de toepassing dat een model niet mag "
                        + "aanroepen.");
    }

    @Test
    void anUploadThatIsNoModelOrBreaksARuleIsRefusedWithItsReasonsAndNothingIsDeployed() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        long deployments = repository.createDeploymentQuery().count();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>";

        mvc.perform(multipart("/models/upload").file(new MockMultipartFile("file", "evil.bpmn", "text/xml",
                        xxe.getBytes(StandardCharsets.UTF_8))).param("comment", "test").with(csrf()).session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DOCTYPE of externe entiteit")))
                .andExpect(content().string(containsString("value=\"test\"")));
        mvc.perform(multipart("/models/upload").file(new MockMultipartFile("file", "notes.bpmn", "text/plain",
                        "geen model".getBytes(StandardCharsets.UTF_8))).param("comment", "test").with(csrf())
                        .session(coordinator))
                .andExpect(content().string(containsString("Geen geldige XML")));
        String noScreen = xmlOf(coordinator, latest(ProcessKeys.INTAKE).getId())
                .replace("id=\"Task_PopCreation\"", "id=\"Task_PopCreation2\"");
        mvc.perform(multipart("/models/upload").file(new MockMultipartFile("file", "intake.bpmn", "text/xml",
                        noScreen.getBytes(StandardCharsets.UTF_8))).param("comment", "test").with(csrf())
                        .session(coordinator))
                .andExpect(content().string(containsString("Voor de taak Task_PopCreation2 bestaat geen scherm")));

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        mvc.perform(multipart("/models/upload").file(new MockMultipartFile("file", "x.bpmn", "text/xml",
                new byte[]{1})).with(csrf()).session(signIn("coach"))).andExpect(status().isForbidden());
    }

    @Test
    void runningTrajectoriesMoveWithTheirTasksOnlyOnceConfirmedAndThoseThatCannotAreNamedWithTheirReason()
            throws Exception {
        // Two trajectories invoicing: one waiting inside the monthly statement, one not.
        TestTrajectories fixture = new TestTrajectories(context);
        TestTrajectory waiting = invoicing(fixture.candidate("Wim", "Maandstaat").coachedBy("coach"));
        TestInvoicing invoicing = new TestInvoicing(context);
        long city = invoicing.business(waiting, "Stad Proefdorp", "coach");
        invoicing.issuedInvoice(waiting, city, "Stad Proefdorp", "100.00", "coach");
        invoicing.openQuote(waiting, city, "coach");
        // Inside the monthly statement, as its timer would put it (whichever version of the model the class deployed).
        runtime.createProcessInstanceModification(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessKeys.INVOICING).processInstanceBusinessKey(waiting.key())
                        .singleResult().getId())
                .startBeforeActivity("Task_ExtraEarningsStatement").execute();
        invoicing(fixture.candidate("Mira", "Verhuisbaar").coachedBy("coach2"));
        MockHttpSession coordinator = signIn("coordinator");
        ProcessDefinition before = latest(ProcessKeys.INVOICING);
        // The monthly statement's event subprocess gets another id: a trajectory waiting inside it cannot move on
        // equal ids alone.
        String changed = xmlOf(coordinator, before.getId()).replace("EventSub_ExtraEarnings", "EventSub_MonthlyStatement");
        assertThat(postModel(coordinator, "/models/deploy", changed, "Maandstaat hernoemd").path("deployedUrl").isMissingNode())
                .isFalse();
        String target = latest(ProcessKeys.INVOICING).getId();
        var statementTask = tasks.createTaskQuery().taskDefinitionKey("Task_ExtraEarningsStatement")
                .processVariableValueEquals("trajectoryId", waiting.trajectoryId()).singleResult();
        tasks.claim(statementTask.getId(), "office");
        String path = "/models/" + before.getId() + "/migrate";
        // Whatever else runs on this version (the demo's trajectories too) waits inside the statement or not.
        long inStatement = runtime.createProcessInstanceQuery().processDefinitionId(before.getId())
                .activityIdIn("Task_ExtraEarningsStatement").count();

        String proposal = page(coordinator, path);
        assertThat(proposal).contains("data-unmapped=\"EventSub_ExtraEarnings\"", "Wim Maandstaat",
                "Kunnen niet verhuizen (" + inStatement + ")");
        assertThat(between(proposal, "data-testid=\"stuck\"", "</ul>\n      </div>")).contains("Wim Maandstaat");
        // The whole list, past the nested list of each trajectory's effects.
        assertThat(between(proposal, "data-testid=\"movable\"", "</ul>\n      </div>")).contains("Mira Verhuisbaar")
                .doesNotContain("Wim Maandstaat");

        // A mapping the engine rejects (a user task onto a timer): the plan is refused with its reasons.
        assertThat(page(coordinator, path + "?target=" + target + "&map.Task_ExtraEarningsStatement=Start_ExtraEarningsDue"))
                .contains("data-testid=\"plan-problems\"", "De procesengine weigert dit plan", "Kunnen verhuizen (0)");

        // Without the confirmation nothing moves.
        mvc.perform(post(path).with(csrf()).session(coordinator).param("target", target))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bevestig eerst")));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(target).count()).isZero();

        // Mapped by hand, everyone can move; confirmed, the batch moves them with their open tasks.
        String mapped = page(coordinator, path + "?target=" + target
                + "&map.EventSub_ExtraEarnings=EventSub_MonthlyStatement"
                + "&map.Task_ExtraEarningsStatement=Task_ExtraEarningsStatement");
        assertThat(mapped).contains("Kunnen niet verhuizen (0)");
        long running = runtime.createProcessInstanceQuery().processDefinitionId(before.getId()).count();
        String outcome = mvc.perform(post(path).with(csrf()).session(coordinator).param("target", target)
                        .param("confirm", "true").param("map.EventSub_ExtraEarnings", "EventSub_MonthlyStatement")
                        .param("map.Task_ExtraEarningsStatement", "Task_ExtraEarningsStatement"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(coordinator, outcome)).contains("Klaar — ", running + " trajecten verhuisd, 0 mislukt");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(before.getId()).count()).isZero();
        var moved = tasks.createTaskQuery().taskId(statementTask.getId()).singleResult();
        assertThat(moved.getProcessDefinitionId()).isEqualTo(target);
        assertThat(moved.getAssignee()).isEqualTo("office");
        // The dossier is the domain's, untouched: its customers are all still there.
        assertThat(page(coordinator, waiting.dossier())).contains("data-testid=\"invoices\"", "Stad Proefdorp",
                "data-testid=\"dossier-quotes\"");
        // In the reader's language, from the code and figures the audit log keeps.
        assertThat(page(signIn("admin"), "/admin/audit")).contains("Trajecten gemigreerd",
                "Van versie " + before.getVersion() + " naar versie ");
    }

    /**
     * The candidate in the invoicing phase, past the check another test of this class may have added between the
     * prospecting review and its decision (the decision stays the review's).
     */
    private TestTrajectory invoicing(NewCandidate candidate) {
        TestTrajectory t = candidate.inInvoicing();
        tasks.createTaskQuery().processInstanceBusinessKey(t.key()).taskDefinitionKey("Task_BusinessPlanCheck").list()
                .forEach(check -> tasks.complete(check.getId()));
        return t;
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        return html.substring(start, html.indexOf(to, start));
    }

    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    @Autowired
    be.actraject.bpmn.models.ProcessModels processModels;

    /** Every model the process room lists, the demo's own included, can be deployed again as it is: lint-clean. */
    @Test
    void everyListedModelPassesTheValidatorAsItIs() {
        be.actraject.domain.access.Actor coordinator = be.actraject.domain.access.Actor.of("coordinator",
                be.actraject.workflow.Role.COORDINATOR);
        // The first version of each: as shipped, or as the demo deployed it (other tests deploy later versions).
        java.util.Set<String> listed = java.util.Set.of(ProcessKeys.TRAJECTORY, ProcessKeys.INTAKE,
                ProcessKeys.EXPLORATION, ProcessKeys.PROSPECTING, ProcessKeys.INVOICING, ProcessKeys.INVOICE_APPROVAL,
                ProcessKeys.INVOICE_PAYMENT, ProcessKeys.LEARNING_GROUP_SESSION, ProcessKeys.AFTERCARE,
                ProcessKeys.TRAINING_ENROLMENT, "dossier-check");
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionVersion(1)
                .list().stream().filter(d -> listed.contains(d.getKey())).toList()) {
            var report = processModels.validate(definition.getResourceName(),
                    processModels.xml(definition.getId(), coordinator), coordinator);
            assertThat(report.problems()).as(definition.getKey()).isEmpty();
            assertThat(report.warnings()).as(definition.getKey()).isEmpty();
        }
    }

    @Test
    void aReviewStepACoordinatorAddedOpensTheGenericScreenAndItsDecisionReachesTheDossier() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        String xml = xmlWithDiagram();
        assertThat(postModel(coordinator, "/models/validate", xml.replace("camunda:formKey=\"actraject:review\" ", ""),
                null).path("problems").findValuesAsText("code")).contains("NO_SCREEN");
        assertThat(postModel(coordinator, "/models/deploy", xml, "Steekproef van dossiers").path("deployedUrl")
                .asText()).startsWith("/models/");
        TestTrajectory sampled = new TestTrajectories(context).candidate("Kiki", "Steekproef").coachedBy("coach")
                .registered();
        String trajectory = sampled.key();
        runtime.startProcessInstanceByKey("quality-check", trajectory);
        String taskId = tasks.createTaskQuery().taskDefinitionKey("Task_QualityCheck").singleResult().getId();
        mvc.perform(post("/tasks/" + taskId + "/claim").with(csrf()).session(coordinator));

        mvc.perform(get("/tasks/" + taskId).session(coordinator))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl(
                        "/tasks/" + taskId + "/review"));
        assertThat(page(coordinator, "/tasks/" + taskId + "/review")).contains("Kwaliteitscontrole dossier",
                "data-testid=\"review-form\"");
        mvc.perform(post("/tasks/" + taskId + "/review").with(csrf()).session(coordinator).param("decision", "APPROVE"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrors("decisionForm", "motivation"));
        mvc.perform(post("/tasks/" + taskId + "/review").with(csrf()).session(coordinator).param("decision", "APPROVE")
                        .param("motivation", "Dossier volledig"))
                .andExpect(status().is3xxRedirection());
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(page(coordinator, sampled.dossier())).contains("Kwaliteitscontrole dossier", "Dossier volledig");
        mvc.perform(get("/tasks/" + taskId + "/review").session(coordinator)).andExpect(status().isNotFound());
    }

    /** The quality check's diagram, as a modeler writes it: bpmnlint refuses a model without one. */
    private static final String QUALITY_CHECK_DIAGRAM = """
              <bpmndi:BPMNDiagram id="Diagram_check" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI">
                <bpmndi:BPMNPlane id="Plane_check" bpmnElement="quality-check">
                  <bpmndi:BPMNShape id="Start_Check_di" bpmnElement="Start_Check">
                    <dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Task_QualityCheck_di" bpmnElement="Task_QualityCheck">
                    <dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="End_Check_di" bpmnElement="End_Check">
                    <dc:Bounds x="392" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="Flow_Check1_di" bpmnElement="Flow_Check1">
                    <di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_Check2_di" bpmnElement="Flow_Check2">
                    <di:waypoint x="340" y="120" /><di:waypoint x="392" y="120" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            """;

    @Test
    void anImplicitJoinIsRefusedNamingTheRuleAndAModelWithOnlyAWarningIsDeployedShowingIt() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        ProcessDefinition before = latest(ProcessKeys.INVOICING);
        // The extension's loop back into the exit decision without the merge gateway: two flows into one task.
        String original = xmlOf(coordinator, before.getId());
        String implicitJoin = original.replace("sourceRef=\"Gateway_InvoicingDecision\" "
                + "targetRef=\"Gateway_MergeBeforeExitDecision\"", "sourceRef=\"Gateway_InvoicingDecision\" "
                + "targetRef=\"Task_InvoicingExitDecision\"");
        assertThat(implicitJoin).isNotEqualTo(original);

        JsonNode refused = postModel(coordinator, "/models/deploy", implicitJoin, "Lus zonder samenvoeging");

        assertThat(refused.path("valid").asBoolean()).isFalse();
        assertThat(refused.path("deployedUrl").isMissingNode()).isTrue();
        assertThat(refused.path("problems")).anySatisfy(p -> {
            assertThat(p.path("code").asText()).isEqualTo("LINT");
            assertThat(p.path("elementId").asText()).isEqualTo("Task_InvoicingExitDecision");
            assertThat(p.path("message").asText()).contains("fake-join", "Incoming flows do not join");
        });
        assertThat(refused.path("html").asText()).contains("Modelregel van bpmnlint: fake-join");
        assertThat(latest(ProcessKeys.INVOICING).getVersion()).isEqualTo(before.getVersion());

        // A label on a flow that needs none is only a warning: deployed, and the answer shows it.
        String labelled = xmlWithDiagram().replace("id=\"quality-check\"", "id=\"quality-check-labelled\"")
                .replace("bpmnElement=\"quality-check\"", "bpmnElement=\"quality-check-labelled\"")
                .replace("<bpmn:sequenceFlow id=\"Flow_Check1\"",
                        "<bpmn:sequenceFlow id=\"Flow_Check1\" name=\"verder\"");
        JsonNode deployed = postModel(coordinator, "/models/deploy", labelled, "Steekproef met label");

        assertThat(deployed.path("valid").asBoolean()).isTrue();
        assertThat(deployed.path("deployedUrl").asText()).startsWith("/models/");
        assertThat(deployed.path("warnings")).singleElement().satisfies(w -> {
            assertThat(w.path("code").asText()).isEqualTo("LINT_WARNING");
            assertThat(w.path("elementId").asText()).isEqualTo("Flow_Check1");
        });
        assertThat(deployed.path("html").asText()).contains("Waarschuwing van bpmnlint: superfluous-label",
                "Naar de nieuwe versie");
        // where the modeler goes next, the new version's page, says them again
        assertThat(page(coordinator, deployed.path("deployedUrl").asText())).contains(
                "data-testid=\"deploy-warnings\"", "Flow_Check1: Waarschuwing van bpmnlint: superfluous-label");
    }

    private static String xmlWithDiagram() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_check"
                    targetNamespace="https://actraject.be/bpmn">
                  <bpmn:process id="quality-check" name="Quality check" isExecutable="true"
                      camunda:historyTimeToLive="P1095D">
                    <bpmn:startEvent id="Start_Check" name="Steekproef" />
                    <bpmn:userTask id="Task_QualityCheck" name="Kwaliteitscontrole dossier"
                        camunda:formKey="actraject:review" camunda:candidateGroups="coordinator" />
                    <bpmn:endEvent id="End_Check" name="Nagekeken" />
                    <bpmn:sequenceFlow id="Flow_Check1" sourceRef="Start_Check" targetRef="Task_QualityCheck" />
                    <bpmn:sequenceFlow id="Flow_Check2" sourceRef="Task_QualityCheck" targetRef="End_Check" />
                  </bpmn:process>
                %s</bpmn:definitions>
                """.formatted(QUALITY_CHECK_DIAGRAM);
    }

    @Test
    void aReviewStepAddedToAPhaseReachesTheCoachesWorklistsOfTheTrajectoriesMovedOntoIt() throws Exception {
        TestTrajectory ellen = new TestTrajectories(context).candidate("Elke", "Nakijkstap").coachedBy("coach2")
                .inProspecting();
        MockHttpSession coordinator = signIn("coordinator");
        ProcessDefinition before = latest(ProcessKeys.PROSPECTING);
        // A check by a coach between the prospecting review and its decision, as the modeler would write it.
        String xml = xmlOf(coordinator, before.getId())
                .replace("<bpmn:sequenceFlow id=\"Flow_Prospecting3\" sourceRef=\"Task_ProspectingReview\" targetRef=\"Gateway_ProspectingDecision\" />",
                        "<bpmn:userTask id=\"Task_BusinessPlanCheck\" name=\"Ondernemingsplan nagekeken\""
                                + " camunda:formKey=\"actraject:review\" camunda:candidateGroups=\"coach\" />"
                                + "<bpmn:sequenceFlow id=\"Flow_Prospecting3\" sourceRef=\"Task_ProspectingReview\" targetRef=\"Task_BusinessPlanCheck\" />"
                                + "<bpmn:sequenceFlow id=\"Flow_ProspectingChecked\" sourceRef=\"Task_BusinessPlanCheck\" targetRef=\"Gateway_ProspectingDecision\" />")
                // and its place on the diagram, which bpmnlint requires (no-bpmndi)
                .replace("</bpmndi:BPMNPlane>", "<bpmndi:BPMNShape id=\"Task_BusinessPlanCheck_di\""
                        + " bpmnElement=\"Task_BusinessPlanCheck\"><dc:Bounds x=\"840\" y=\"100\" width=\"100\""
                        + " height=\"80\" /></bpmndi:BPMNShape>"
                        + "<bpmndi:BPMNEdge id=\"Flow_ProspectingChecked_di\" bpmnElement=\"Flow_ProspectingChecked\">"
                        + "<di:waypoint x=\"890\" y=\"100\" /><di:waypoint x=\"650\" y=\"115\" /></bpmndi:BPMNEdge>"
                        + "</bpmndi:BPMNPlane>");
        assertThat(xml).contains("Task_BusinessPlanCheck");
        assertThat(postModel(coordinator, "/models/deploy", xml, "Plan nakijken voor de facturatie")
                .path("valid").asBoolean()).isTrue();
        String target = latest(ProcessKeys.PROSPECTING).getId();
        String path = "/models/" + before.getId() + "/migrate";
        assertThat(page(coordinator, path)).contains("Kunnen niet verhuizen (0)");
        String outcome = mvc.perform(post(path).with(csrf()).session(coordinator).param("target", target)
                .param("confirm", "true")).andReturn().getResponse().getRedirectedUrl();
        for (int i = 0; i < 100 && !page(coordinator, outcome).contains("Klaar:"); i++) {
            Thread.sleep(100);
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(before.getId()).count()).isZero();

        // Her coach finishes her prospecting review: the new step is next, in the coaches' worklists.
        String review = tasks.createTaskQuery().taskDefinitionKey("Task_ProspectingReview")
                .processDefinitionId(target).processInstanceBusinessKey(ellen.key()).singleResult().getId();
        tasks.claim(review, "coach2");
        prospecting.completeReview(review, be.actraject.workflow.Decision.START_INVOICING, "Klaar om te factureren",
                be.actraject.domain.access.Actor.of("coach2", be.actraject.workflow.Role.COACH));
        assertThat(page(signIn("coach2"), "/tasks?scope=CLAIMABLE")).contains("Ondernemingsplan nagekeken",
                "Elke Nakijkstap");
    }

    @Autowired
    be.actraject.bpmn.prospecting.ProspectingTasks prospecting;
}
