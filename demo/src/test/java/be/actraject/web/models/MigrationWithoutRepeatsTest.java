package be.actraject.web.models;

import be.actraject.bpmn.models.MigrationEffect;
import be.actraject.bpmn.models.MigrationOutcome;
import be.actraject.bpmn.models.MigrationProposal;
import be.actraject.bpmn.models.ModelDeployment;
import be.actraject.bpmn.models.ProcessMigrations;
import be.actraject.bpmn.models.ProcessModels;
import be.actraject.domain.access.Actor;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration never repeats what already happened (issue 14): for every process the demo runs, in every state its
 * instances are in (before a limit, after its warning, after its escalation, with a reminder open, a statement
 * waiting), migrating to a version that differs only in its name — twice in a row — leaves each instance exactly the
 * open tasks and timers it had, and migrating to a version that adds a timer gives it that timer and nothing else.
 * Due timers are fired after each step, as the job executor would, so a timer armed again would show as a second task.
 * The job executor is off here so that the test, not the executor, decides when timers fire.
 */
@FullStackTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:migration-repeats;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class MigrationWithoutRepeatsTest {

    static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    static final List<String> PROCESSES = List.of(ProcessKeys.TRAJECTORY, ProcessKeys.INTAKE,
            ProcessKeys.EXPLORATION, ProcessKeys.PROSPECTING, ProcessKeys.INVOICING, ProcessKeys.INVOICE_APPROVAL,
            ProcessKeys.INVOICE_PAYMENT, ProcessKeys.LEARNING_GROUP_SESSION, ProcessKeys.AFTERCARE,
            ProcessKeys.TRAINING_ENROLMENT);
    /** A non-interrupting timer event sub-process a new version adds, due in a month. */
    static final String ADDED = """
              <bpmn:subProcess id="EventSub_AddedCheck" name="Added check" triggeredByEvent="true">
                <bpmn:startEvent id="Start_AddedCheck" name="Check due" isInterrupting="false">
                  <bpmn:outgoing>Flow_AddedCheck1</bpmn:outgoing>
                  <bpmn:timerEventDefinition id="TimerDef_AddedCheck">
                    <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration>
                  </bpmn:timerEventDefinition>
                </bpmn:startEvent>
                <bpmn:userTask id="Task_AddedCheck" name="Added check" camunda:formKey="actraject:review"
                    camunda:candidateGroups="coordinator">
                  <bpmn:incoming>Flow_AddedCheck1</bpmn:incoming>
                  <bpmn:outgoing>Flow_AddedCheck2</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:endEvent id="End_AddedCheck" name="Checked">
                  <bpmn:incoming>Flow_AddedCheck2</bpmn:incoming>
                </bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_AddedCheck1" sourceRef="Start_AddedCheck" targetRef="Task_AddedCheck" />
                <bpmn:sequenceFlow id="Flow_AddedCheck2" sourceRef="Task_AddedCheck" targetRef="End_AddedCheck" />
              </bpmn:subProcess>
            """;

    /** Where the added event sub-process is drawn: apart from everything else (a model without its diagram is refused). */
    static final String ADDED_DIAGRAM = """
              <bpmndi:BPMNShape id="EventSub_AddedCheck_di" bpmnElement="EventSub_AddedCheck" isExpanded="true">
                <dc:Bounds x="6000" y="6000" width="350" height="200" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Start_AddedCheck_di" bpmnElement="Start_AddedCheck">
                <dc:Bounds x="6030" y="6082" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_AddedCheck_di" bpmnElement="Task_AddedCheck">
                <dc:Bounds x="6110" y="6060" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_AddedCheck_di" bpmnElement="End_AddedCheck">
                <dc:Bounds x="6270" y="6082" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_AddedCheck1_di" bpmnElement="Flow_AddedCheck1">
                <di:waypoint x="6066" y="6100" />
                <di:waypoint x="6110" y="6100" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_AddedCheck2_di" bpmnElement="Flow_AddedCheck2">
                <di:waypoint x="6210" y="6100" />
                <di:waypoint x="6270" y="6100" />
              </bpmndi:BPMNEdge>
            """;

    @Autowired
    Clock clock;
    @Autowired
    ProcessModels models;
    @Autowired
    ModelDeployment deployment;
    @Autowired
    ProcessMigrations migrations;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    @TestFactory
    Stream<DynamicTest> everyProcessMigratesWithoutRepeatingWhatHappened() {
        return PROCESSES.stream().map(key -> DynamicTest.dynamicTest(key, () -> migratesWithoutRepeats(key)));
    }

    private void migratesWithoutRepeats(String key) {
        fireDueTimers();
        Map<String, Pending> before = pending(key);
        assertThat(before).as("the demo runs %s", key).isNotEmpty();

        migrateToNewVersion(key, xml -> renamed(xml, " (v2)"));
        migrateToNewVersion(key, xml -> renamed(xml, " (v3)"));
        fireDueTimers();
        assertThat(pending(key)).as("renamed twice: each instance has the tasks and timers it had").isEqualTo(before);

        MigrationOutcome added = migrateToNewVersion(key, xml -> xml.replace("</bpmn:process>", ADDED
                + "</bpmn:process>").replace("</bpmndi:BPMNPlane>", ADDED_DIAGRAM + "</bpmndi:BPMNPlane>"));
        fireDueTimers();
        Map<String, Pending> after = pending(key);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((instance, was) -> {
            // An instance waiting only inside a sub-process scope still gets the process-level timer.
            assertThat(after.get(instance).tasks()).as("%s tasks", instance).isEqualTo(was.tasks());
            Map<String, Long> expected = new TreeMap<>(was.timers());
            expected.merge("Start_AddedCheck", 1L, Long::sum);
            assertThat(after.get(instance).timers()).as("%s timers", instance).isEqualTo(expected);
        });
        assertThat(added.moved()).allSatisfy(m -> assertThat(m.effect().createdTimers())
                .extracting(MigrationEffect.Change::activityId).containsExactly("Start_AddedCheck"));
    }

    /** The dry run says, per trajectory, which timers the engine would arm again and that they are left out. */
    @Test
    void theDryRunNamesWhatWouldBeCreatedAndWhatIsNotRepeated() {
        fireDueTimers();
        ProcessDefinition source = latest(ProcessKeys.TRAJECTORY);
        deploy(ProcessKeys.TRAJECTORY, renamed(xml(source), " (dry run)"));
        MigrationProposal proposal = migrations.propose(source.getId(), latest(ProcessKeys.TRAJECTORY).getId(),
                Map.of(), COORDINATOR);

        assertThat(proposal.stuck()).isEmpty();
        assertThat(proposal.movable()).flatExtracting(i -> i.effect().suppressed())
                .extracting(MigrationEffect.Change::activityId)
                .as("the demo's trajectories past their warning and limit").contains("Start_PreInvoicingWarning",
                        "Start_PreInvoicingLimit");
        assertThat(proposal.movable()).allSatisfy(i -> assertThat(i.effect().createdTimers()).isEmpty());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count())
                .as("a dry run moves nothing").isEqualTo(proposal.movable().size());
    }

    /** Forward only: back to an older version would rerun what the newer one changed; the page never offers it. */
    @Test
    void noMigrationGoesBackToAnOlderVersion() {
        ProcessDefinition older = latest(ProcessKeys.AFTERCARE);
        deploy(ProcessKeys.AFTERCARE, renamed(xml(older), " (newer)"));
        ProcessDefinition newer = latest(ProcessKeys.AFTERCARE);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> migrations.propose(newer.getId(), older.getId(),
                Map.of(), COORDINATOR)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> migrations.migrate(newer.getId(), older.getId(),
                Map.of(), COORDINATOR)).isInstanceOf(IllegalArgumentException.class);
        // Forward stays open: the running aftercare moves on, as the other tests here expect of the latest version.
        assertThat(migrations.migrate(older.getId(), newer.getId(), Map.of(), COORDINATOR).failedCount()).isZero();
    }

    private MigrationOutcome migrateToNewVersion(String key, java.util.function.UnaryOperator<String> change) {
        ProcessDefinition source = latest(key);
        deploy(key, change.apply(xml(source)));
        String target = latest(key).getId();
        MigrationProposal proposal = migrations.propose(source.getId(), target, Map.of(), COORDINATOR);
        assertThat(proposal.stuck()).as("%s: every instance can move", key).isEmpty();
        MigrationOutcome outcome = migrations.migrate(source.getId(), target, Map.of(), COORDINATOR);
        assertThat(outcome.failedCount()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count()).isZero();
        return outcome;
    }

    private void deploy(String key, String xml) {
        deployment.deploy(key + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), "Test: new version", COORDINATOR);
    }

    private String xml(ProcessDefinition definition) {
        return new String(models.xml(definition.getId(), COORDINATOR), StandardCharsets.UTF_8);
    }

    private static String renamed(String xml, String suffix) {
        return xml.replaceFirst("(<bpmn:process [^>]*name=\")([^\"]*)\"", "$1$2" + suffix + "\"");
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    /** Per running instance of the key: its open tasks and timer jobs, counted by activity. */
    private Map<String, Pending> pending(String key) {
        Map<String, Pending> pending = new TreeMap<>();
        runtime.createProcessInstanceQuery().processDefinitionKey(key).list().forEach(p -> pending.put(p.getId(),
                new Pending(count(tasks.createTaskQuery().processInstanceId(p.getId()).list().stream()
                        .map(Task::getTaskDefinitionKey).toList()),
                        count(management.createJobQuery().processInstanceId(p.getId()).timers().list().stream()
                                .map(j -> management.createJobDefinitionQuery().jobDefinitionId(
                                        j.getJobDefinitionId()).singleResult().getActivityId()).toList()))));
        return pending;
    }

    private static Map<String, Long> count(List<String> ids) {
        return new TreeMap<>(ids.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting())));
    }

    /**
     * Fires every timer that is due, as the job executor would, until none is; the demo's stuck trajectories (a
     * suspended one, a failing job) stay as they are, as they would under the executor.
     */
    private void fireDueTimers() {
        java.util.Set<String> failing = new java.util.HashSet<>();
        for (int round = 0; round < 20; round++) {
            List<Job> due = new ArrayList<>(management.createJobQuery().timers().active().withRetriesLeft()
                    .duedateLowerThan(Date.from(clock.instant())).list());
            due.removeIf(j -> failing.contains(j.getId()));
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    failing.add(job.getId());
                }
            }
        }
        throw new AssertionError("timers keep coming due");
    }

    record Pending(Map<String, Long> tasks, Map<String, Long> timers) {
    }
}
