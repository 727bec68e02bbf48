package be.actraject.demo;

import be.actraject.workflow.ProcessKeys;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * For the demo data only: the engine states the watch is there to find — jobs out of retries, a trajectory's
 * process gone, tasks made long ago, a timeline back-dated — produced on purpose, so that a demo's watch page is not
 * empty. It calls the engine and writes the timeline table directly, which production code may not: it lives here,
 * in the demo module, so that no production service offers a way to break or back-date a trajectory (issue 15).
 */
class StuckExamples {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;

    StuckExamples(RuntimeService runtime, ManagementService management, RepositoryService repository,
                  TaskService tasks, JdbcTemplate jdbc) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    /** The open tasks of a trajectory fell due at this moment. */
    void overdue(long trajectoryId, Instant due) {
        tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(trajectoryId)).list().forEach(t -> {
            t.setDueDate(Date.from(due));
            tasks.saveTask(t);
        });
    }

    /** Everything in a trajectory's timeline happened at this moment (so that it looks idle since). */
    void idleSince(long trajectoryId, Instant at) {
        jdbc.update("update timeline_entry set occurred_at = ? where trajectory_id = ?", at.atOffset(ZoneOffset.UTC),
                trajectoryId);
    }

    /** The jobs of the instances of a process holding this variable value run out of retries (incidents). */
    void exhaustRetries(String processKey, String variable, Object value) {
        runtime.createProcessInstanceQuery().processDefinitionKey(processKey).variableValueEquals(variable, value)
                .list().forEach(p -> management.createJobQuery().processInstanceId(p.getId()).list()
                        .forEach(j -> management.setJobRetries(j.getId(), 0)));
    }

    /** The trajectory's process deleted, as a careless manual change would. */
    void deleteTrajectoryProcess(long trajectoryId, String reason) {
        runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRAJECTORY)
                .processInstanceBusinessKey(Long.toString(trajectoryId)).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), reason, true));
    }

    /** The model {@link #strayChecks} deploys: written here, not among the shipped models, so only the demo has it. */
    private static final String DOSSIER_CHECK = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_dossierCheck"
                    targetNamespace="https://actraject.be/bpmn">
                  <bpmn:message id="Message_DossierComplete" name="dossier-complete" />
                  <bpmn:process id="dossier-check" name="Dossier check (demo)" isExecutable="true"
                      camunda:historyTimeToLive="P180D">
                    <bpmn:startEvent id="Start_DossierCheck" name="Check asked" />
                    <bpmn:intermediateCatchEvent id="Timer_DossierCheckWeek" name="A week">
                      <bpmn:timerEventDefinition><bpmn:timeDuration>P7D</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                    <bpmn:intermediateCatchEvent id="Message_DossierCheckComplete" name="Dossier complete">
                      <bpmn:messageEventDefinition messageRef="Message_DossierComplete" />
                    </bpmn:intermediateCatchEvent>
                    <bpmn:userTask id="Task_DossierCheck" name="Dossier nakijken" camunda:candidateGroups="coach"
                        camunda:formKey="actraject:review" />
                    <bpmn:endEvent id="End_DossierCheck" name="Checked" />
                    <bpmn:sequenceFlow id="Flow_DossierCheck1" sourceRef="Start_DossierCheck" targetRef="Timer_DossierCheckWeek" />
                    <bpmn:sequenceFlow id="Flow_DossierCheck2" sourceRef="Timer_DossierCheckWeek" targetRef="Message_DossierCheckComplete" />
                    <bpmn:sequenceFlow id="Flow_DossierCheck3" sourceRef="Message_DossierCheckComplete" targetRef="Task_DossierCheck" />
                    <bpmn:sequenceFlow id="Flow_DossierCheck4" sourceRef="Task_DossierCheck" targetRef="End_DossierCheck" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_DossierCheck">
                    <bpmndi:BPMNPlane id="Plane_DossierCheck" bpmnElement="dossier-check">
                      <bpmndi:BPMNShape id="Start_DossierCheck_di" bpmnElement="Start_DossierCheck">
                        <dc:Bounds x="100" y="100" width="36" height="36" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Timer_DossierCheckWeek_di" bpmnElement="Timer_DossierCheckWeek">
                        <dc:Bounds x="190" y="100" width="36" height="36" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Message_DossierCheckComplete_di" bpmnElement="Message_DossierCheckComplete">
                        <dc:Bounds x="280" y="100" width="36" height="36" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Task_DossierCheck_di" bpmnElement="Task_DossierCheck">
                        <dc:Bounds x="370" y="78" width="100" height="80" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="End_DossierCheck_di" bpmnElement="End_DossierCheck">
                        <dc:Bounds x="530" y="100" width="36" height="36" />
                      </bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_DossierCheck1_di" bpmnElement="Flow_DossierCheck1">
                        <di:waypoint x="136" y="118" /><di:waypoint x="190" y="118" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_DossierCheck2_di" bpmnElement="Flow_DossierCheck2">
                        <di:waypoint x="226" y="118" /><di:waypoint x="280" y="118" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_DossierCheck3_di" bpmnElement="Flow_DossierCheck3">
                        <di:waypoint x="316" y="118" /><di:waypoint x="370" y="118" />
                      </bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_DossierCheck4_di" bpmnElement="Flow_DossierCheck4">
                        <di:waypoint x="470" y="118" /><di:waypoint x="530" y="118" />
                      </bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """;

    /**
     * A small model a coordinator might have added — a check that waits a week, then for a message — deployed for the
     * demo, and three instances of it stuck in three ways: one suspended before its timer, one waiting for the
     * message nobody sends, one whose trajectory does not exist.
     */
    void strayChecks(long suspendedTrajectory, long waitingTrajectory, Instant weeksAgo) {
        repository.createDeployment().name("demo-stray-check").source("demo")
                .addString("dossier-check.bpmn", DOSSIER_CHECK).deploy();
        atEngineTime(weeksAgo, () -> {
            String suspended = runtime.startProcessInstanceByKey("dossier-check", Long.toString(suspendedTrajectory))
                    .getId();
            runtime.suspendProcessInstanceById(suspended);
        });
        String waiting = runtime.startProcessInstanceByKey("dossier-check", Long.toString(waitingTrajectory)).getId();
        runtime.createProcessInstanceModification(waiting).cancelAllForActivity("Timer_DossierCheckWeek")
                .startBeforeActivity("Message_DossierCheckComplete").execute();
        String orphan = runtime.startProcessInstanceByKey("dossier-check", "999999").getId();
        runtime.createProcessInstanceModification(orphan).cancelAllForActivity("Timer_DossierCheckWeek")
                .startBeforeActivity("Task_DossierCheck").execute();
    }

    /** Runs something with the engine's clock set to another moment (tasks made then look that old). */
    void atEngineTime(Instant moment, Runnable work) {
        try {
            ClockUtil.setCurrentTime(Date.from(moment));
            work.run();
        } finally {
            ClockUtil.reset();
        }
    }
}
