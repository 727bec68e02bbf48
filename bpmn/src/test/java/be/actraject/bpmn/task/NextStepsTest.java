package be.actraject.bpmn.task;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

/**
 * The next step is what the completion opened, not a task the person already held on the same trajectory (found
 * trying issue 16: a coach who approved an invoice while holding the exit decision was told the next step was in
 * her worklist, while it was the coordinator's).
 */
class NextStepsTest {

    private static final Actor COACH = Actor.of("coach", Role.COACH);
    private static final Date COMPLETED = new Date(1_800_000_000_000L);

    private final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
    private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
    private final Accounts accounts = mock(Accounts.class);
    private final NextSteps nextSteps = new NextSteps(tasks, history, mock(RuntimeService.class),
            mock(TaskLookup.class), accounts);

    private Task task(String id, String assignee, Date created) {
        Task task = mock(Task.class);
        given(task.getId()).willReturn(id);
        given(task.getAssignee()).willReturn(assignee);
        given(task.getCreateTime()).willReturn(created);
        return task;
    }

    @Test
    void aTaskAlreadyHeldIsNotTheNextStepTheCoordinatorsNewTaskIs() {
        HistoricTaskInstance done = mock(HistoricTaskInstance.class);
        given(done.getProcessInstanceId()).willReturn("approval-1");
        given(done.getEndTime()).willReturn(COMPLETED);
        given(history.createHistoricTaskInstanceQuery().taskId("approved").singleResult()).willReturn(done);
        HistoricProcessInstance process = mock(HistoricProcessInstance.class);
        given(process.getBusinessKey()).willReturn("12");
        given(history.createHistoricProcessInstanceQuery().processInstanceId("approval-1").singleResult())
                .willReturn(process);
        Task exitDecision = task("exit-decision", "coach", new Date(COMPLETED.getTime() - 86_400_000L));
        Task coordinatorsApproval = task("coordinator-approval", null, COMPLETED);
        given(tasks.createTaskQuery().processInstanceBusinessKey("12").active().list())
                .willReturn(List.of(exitDecision, coordinatorsApproval));
        IdentityLink coordinators = mock(IdentityLink.class);
        given(coordinators.getType()).willReturn(IdentityLinkType.CANDIDATE);
        given(coordinators.getGroupId()).willReturn("coordinator");
        given(tasks.getIdentityLinksForTask("coordinator-approval")).willReturn(List.of(coordinators));
        given(accounts.displayNames()).willReturn(Map.of("coach", "Sofie Verstraete"));

        assertThat(nextSteps.after("approved", COACH)).contains(new NextStep(NextStep.Kind.ROLE, "coordinator"));
    }
}
