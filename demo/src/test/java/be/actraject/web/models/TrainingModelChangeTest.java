package be.actraject.web.models;

import be.actraject.bpmn.models.DeployedModel;
import be.actraject.bpmn.models.MigrationOutcome;
import be.actraject.bpmn.models.MigrationProposal;
import be.actraject.bpmn.models.ModelDeployment;
import be.actraject.bpmn.models.ModelInvalidException;
import be.actraject.bpmn.models.ModelProblem;
import be.actraject.bpmn.models.ModelSummary;
import be.actraject.bpmn.models.ModelValidator;
import be.actraject.bpmn.models.ProcessMigrations;
import be.actraject.bpmn.models.ProcessModels;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.training.TrainingApprovalTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.EnrolmentState;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.ProviderDraft;
import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import be.actraject.testsupport.TestEnterpriseNumbers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The training-enrolment model and its decision table change as any model does (issue 17): listed in the process
 * room, checked by its validator, deployed by its service, and an enrolment waiting for the coordinator migrates to the
 * new version and completes there when she agrees; a changed decision table decides the next enrolment.
 */
@FullStackTest
// A database of its own: the versions deployed here would be the latest for the other full-stack tests.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:training-model-change;DB_CLOSE_DELAY=-1")
class TrainingModelChangeTest {

    static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    static final Actor COACH = Actor.of("coach", Role.COACH);

    /** A step the new version adds after the agreement, so the history tells which version the instance ended on. */
    static final String NOTED = """
              <bpmn:intermediateThrowEvent id="Event_AgreementNoted" name="Agreement noted">
                <bpmn:incoming>Flow_Enrolment5</bpmn:incoming>
                <bpmn:outgoing>Flow_AgreementNoted</bpmn:outgoing>
              </bpmn:intermediateThrowEvent>
              <bpmn:sequenceFlow id="Flow_AgreementNoted" sourceRef="Event_AgreementNoted" targetRef="End_EnrolmentAgreed" />
            """;
    static final String NOTED_DIAGRAM = """
              <bpmndi:BPMNShape id="Event_AgreementNoted_di" bpmnElement="Event_AgreementNoted">
                <dc:Bounds x="930" y="42" width="36" height="36" />
                <bpmndi:BPMNLabel>
                  <dc:Bounds x="905" y="20" width="86" height="14" />
                </bpmndi:BPMNLabel>
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_AgreementNoted_di" bpmnElement="Flow_AgreementNoted">
                <di:waypoint x="966" y="60" />
                <di:waypoint x="980" y="60" />
                <di:waypoint x="980" y="142" />
              </bpmndi:BPMNEdge>
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessModels models;
    @Autowired
    ModelDeployment deployment;
    @Autowired
    ProcessMigrations migrations;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    TaskClaims claims;
    @Autowired
    TrainingApprovalTasks approvals;
    @Autowired
    Enrolments enrolments;
    @Autowired
    TrainingProviders providers;
    @Autowired
    TrainingModules modules;

    @Test
    void theProcessRoomListsTheTrainingModelAndItsDecisionTableAndOpensTheModelInItsEditor() throws Exception {
        Map<String, ModelValidator.Kind> listed = new java.util.HashMap<>();
        for (ModelSummary m : models.all(COORDINATOR)) {
            listed.put(m.key(), m.kind());
        }
        assertThat(listed).containsEntry(ProcessKeys.TRAINING_ENROLMENT, ModelValidator.Kind.BPMN)
                .containsEntry("training-approval-rule", ModelValidator.Kind.DMN);

        MockHttpSession coordinator = (MockHttpSession) mvc.perform(formLogin("/login").user("coordinator")
                .password(DemoAccounts.PASSWORD)).andReturn().getRequest().getSession(false);
        String room = mvc.perform(get("/models").session(coordinator)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(room).contains(ProcessKeys.TRAINING_ENROLMENT, "training-approval-rule");
        mvc.perform(get("/models/" + latestProcess().getId() + "/edit").session(coordinator))
                .andExpect(status().isOk()).andExpect(view().name("models/edit"));
    }

    @Test
    void theValidatorRefusesATrainingModelThatReachesBeyondItsBeansOrLosesTheApprovalTask() {
        String shipped = processXml(latestProcess().getId());
        String reaching = shipped.replace("${trainingFacts.cost(enrolmentId)}",
                "${trainingFacts.getClass().getClassLoader()}");
        String withoutTask = shipped.replace("\"Task_TrainingApproval\"", "\"Task_Agreement\"");
        int before = latestProcess().getVersion();

        assertThatThrownBy(() -> deploy(reaching)).isInstanceOfSatisfying(ModelInvalidException.class,
                e -> assertThat(e.report().problems()).extracting(ModelProblem::code, ModelProblem::elementId)
                        .contains(org.assertj.core.groups.Tuple.tuple(ModelProblem.Code.METHOD_NOT_REACHABLE,
                                "Rule_TrainingApproval")));
        assertThatThrownBy(() -> deploy(withoutTask)).isInstanceOfSatisfying(ModelInvalidException.class,
                e -> assertThat(e.report().problems()).extracting(ModelProblem::code)
                        .contains(ModelProblem.Code.MISSING_ID));
        assertThat(latestProcess().getVersion()).as("nothing deployed").isEqualTo(before);
    }

    @Test
    void anEnrolmentWaitingForTheCoordinatorMigratesAndHerAgreementCompletesItOnTheNewVersion() {
        Enrolment enrolment = enrolPaid("Migratie", Payer.COOPERATIVE);
        Task waiting = approvalTaskOf(enrolment);
        ProcessDefinition source = latestProcess();
        assertThat(waiting.getProcessDefinitionId()).isEqualTo(source.getId());

        DeployedModel deployed = deploy(processXml(source.getId())
                .replace("targetRef=\"End_EnrolmentAgreed\" />", "targetRef=\"Event_AgreementNoted\" />")
                .replace("<bpmn:incoming>Flow_Enrolment5</bpmn:incoming>",
                        "<bpmn:incoming>Flow_AgreementNoted</bpmn:incoming>")
                .replace("</bpmn:process>", NOTED + "</bpmn:process>")
                .replace("</bpmndi:BPMNPlane>", NOTED_DIAGRAM + "</bpmndi:BPMNPlane>"));
        assertThat(deployed.definitionId()).isEqualTo(latestProcess().getId()).isNotEqualTo(source.getId());

        MigrationProposal proposal = migrations.propose(source.getId(), deployed.definitionId(), Map.of(),
                COORDINATOR);
        assertThat(proposal.stuck()).isEmpty();
        assertThat(proposal.movable()).extracting(MigrationProposal.Instance::processInstanceId)
                .contains(waiting.getProcessInstanceId());
        MigrationOutcome outcome = migrations.migrate(source.getId(), deployed.definitionId(), Map.of(), COORDINATOR);
        assertThat(outcome.failedCount()).isZero();
        Task migrated = approvalTaskOf(enrolment);
        assertThat(migrated.getId()).as("the same task, moved").isEqualTo(waiting.getId());
        assertThat(migrated.getProcessDefinitionId()).isEqualTo(deployed.definitionId());

        claims.claim(migrated.getId(), COORDINATOR);
        approvals.complete(migrated.getId(), Decision.AGREE, null, COORDINATOR);

        assertThat(enrolments.get(enrolment.getId()).getState()).isEqualTo(EnrolmentState.AGREED);
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(waiting.getProcessInstanceId()).singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getProcessDefinitionId()).isEqualTo(deployed.definitionId());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .contains("Event_AgreementNoted", "End_EnrolmentAgreed");
    }

    @Test
    void aDecisionTableChangedInTheProcessRoomDecidesTheNextEnrolment() {
        DecisionDefinition shipped = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey("training-approval-rule").latestVersion().singleResult();
        String xml = decisionXml(shipped.getId());
        Enrolment before = enrolPaid("Regelvoor", Payer.CANDIDATE);
        assertThat(before.getState()).isEqualTo(EnrolmentState.REQUESTED);

        // The coordinator no longer needs to agree when the candidate pays.
        String changed = xml.replace("<text>\"COOPERATIVE\",\"CANDIDATE\"</text>", "<text>\"COOPERATIVE\"</text>");
        assertThat(changed).isNotEqualTo(xml);
        try {
            deployment.deploy("training-approval-rule.dmn", changed.getBytes(StandardCharsets.UTF_8),
                    "Test: the candidate's own money needs no agreement", COORDINATOR);
            Enrolment after = enrolPaid("Regelna", Payer.CANDIDATE);

            assertThat(enrolments.get(after.getId()).getState()).as("agreed by the changed rule")
                    .isEqualTo(EnrolmentState.AGREED);
            assertThat(tasks.createTaskQuery().processVariableValueEquals(Variables.ENROLMENT_ID, after.getId())
                    .count()).isZero();
            assertThat(enrolments.get(before.getId()).getState()).as("decided before: still waits")
                    .isEqualTo(EnrolmentState.REQUESTED);
        } finally {
            // The shipped rule back, as a next version, for the other tests of this class.
            deployment.deploy("training-approval-rule.dmn", xml.getBytes(StandardCharsets.UTF_8),
                    "Test: the shipped rule again", COORDINATOR);
        }
    }

    @Test
    void aDecisionTableThatLeavesAnEnrolmentUnansweredIsRefusedInTheProcessRoomAndNothingDeployed() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey("training-approval-rule").latestVersion().singleResult();
        String xml = decisionXml(latest.getId());
        String withoutCatchAll = xml.replaceAll("(?s)<rule id=\"Rule_OthersPay\">.*?</rule>", "");
        assertThat(withoutCatchAll).isNotEqualTo(xml);

        assertThatThrownBy(() -> deployment.deploy("training-approval-rule.dmn",
                withoutCatchAll.getBytes(StandardCharsets.UTF_8), "Test: no catch-all", COORDINATOR))
                .isInstanceOfSatisfying(ModelInvalidException.class, e -> assertThat(e.report().problems())
                        .extracting(ModelProblem::code).containsExactly(ModelProblem.Code.RULE_SAMPLE_UNANSWERED));
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("training-approval-rule")
                .latestVersion().singleResult().getVersion()).as("nothing deployed").isEqualTo(latest.getVersion());
    }

    @Test
    void aTableWhoseRowsOverlapAtTheCostSendsTheEnrolmentToTheCoordinatorInsteadOfFailingIt() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey("training-approval-rule").latestVersion().singleResult();
        // As an older version deployed before the validator tried the cells' numbers: UNIQUE, and at 120 both the
        // range [100..200] and ">= 110" match, so the engine fails with DMN-03001 — inside the coach's transaction.
        String overlapping = decisionXml(latest.getId()).replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"")
                .replace("<text>\"COOPERATIVE\",\"CANDIDATE\"</text>", "<text>\"COOPERATIVE\"</text>")
                .replace("<text>&gt; 500</text>", "<text>[100..200]</text>")
                .replaceAll("(<inputEntry id=\"InputEntry_OthersPay_Cost\"><text>)(</text>)", "$1&gt;= 110$2");
        String broken = repository.createDeployment().name("older overlapping table")
                .addString("training-approval-rule.dmn", overlapping).deploy().getId();
        try {
            Enrolment enrolment = enrolPaid("Overlap", Payer.VDAB);

            assertThat(enrolments.get(enrolment.getId()).getState()).isEqualTo(EnrolmentState.REQUESTED);
            Task task = approvalTaskOf(enrolment);
            assertThat(task).as("waits for the coordinator").isNotNull();
            assertThat(approvals.ruleFailed(task.getId())).isTrue();
        } finally {
            repository.deleteDeployment(broken, true);
        }
    }

    /** A candidate in exploration enrolled by the coach in a paid module of its own, whoever pays. */
    private Enrolment enrolPaid(String lastName, Payer payer) {
        TestTrajectory t = new TestTrajectories(context).candidate("Tom", lastName).coachedBy("coach")
                .inExploration();
        long provider = providers.create(new ProviderDraft("Opleider " + lastName, null, null, null,
                TestEnterpriseNumbers.fresh()), COORDINATOR).getId();
        TrainingModule module = modules.create(new ModuleDraft("Module " + lastName, provider,
                Set.of(Competency.MARKET_INSIGHT), true, null, true, new BigDecimal("120.00"), payer, null),
                COORDINATOR);
        return enrolments.enrol(t.candidateId(), module.getId(), null, COACH);
    }

    private Task approvalTaskOf(Enrolment enrolment) {
        return tasks.createTaskQuery().taskDefinitionKey(UserTask.TRAINING_APPROVAL.key())
                .processVariableValueEquals(Variables.ENROLMENT_ID, enrolment.getId()).singleResult();
    }

    private DeployedModel deploy(String xml) {
        return deployment.deploy(ProcessKeys.TRAINING_ENROLMENT + ".bpmn", xml.getBytes(StandardCharsets.UTF_8),
                "Test: the agreement is noted", COORDINATOR);
    }

    private ProcessDefinition latestProcess() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.TRAINING_ENROLMENT)
                .latestVersion().singleResult();
    }

    private String processXml(String definitionId) {
        return new String(models.xml(definitionId, COORDINATOR), StandardCharsets.UTF_8);
    }

    private String decisionXml(String definitionId) {
        try (InputStream in = repository.getDecisionModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
