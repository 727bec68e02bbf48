package be.actraject.bpmn.trajectory;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.PlannedConversations;
import be.actraject.domain.trajectory.CoachChanges;
import be.actraject.domain.trajectory.CorrectionRefusedException;
import be.actraject.domain.trajectory.EntryDateCorrections;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Answers.RETURNS_DEEP_STUBS;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

/**
 * A coordinator's change of coach or date of entry writes engine rows in the same transaction as the trajectory: a
 * task claimed or a limit timer fired meanwhile makes the engine refuse its write. That is one refusal, CHANGED,
 * which the form shows with what was typed — not the engine's exception, which reached the user as a 500.
 */
class CorrectionCrossedByTheEngineTest {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    private static final OptimisticLockingException CROSSED = new OptimisticLockingException("changed meanwhile");

    @Test
    void aTaskClaimedWhileTheCoachChangesIsTheChangedRefusal() {
        CoachChanges changes = mock(CoachChanges.class);
        Accounts accounts = mock(Accounts.class);
        TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
        Task open = mock(Task.class);
        given(open.getId()).willReturn("task-1");
        given(accounts.isMember("coach2", Role.COACH)).willReturn(true);
        given(changes.change(7L, "coach2", "Verlof", COORDINATOR)).willReturn("coach");
        given(tasks.createTaskQuery().processInstanceBusinessKey(anyString()).taskCandidateGroup(anyString())
                .includeAssignedTasks().list()).willReturn(List.of(open));
        willThrow(CROSSED).given(tasks).setAssignee("task-1", "coach2");

        CoachChange change = new CoachChange(changes, accounts, tasks, mock(PlannedConversations.class));

        assertThatThrownBy(() -> change.change(7L, "coach2", "Verlof", COORDINATOR))
                .isInstanceOfSatisfying(CorrectionRefusedException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reason())
                                .isEqualTo(CorrectionRefusedException.Reason.CHANGED));
    }

    @Test
    void aLimitTimerFiredWhileTheDateOfEntryMovesIsTheChangedRefusal() {
        EntryDateCorrections corrections = mock(EntryDateCorrections.class);
        TrajectoryParameters parameters = mock(TrajectoryParameters.class);
        LimitTimers limits = mock(LimitTimers.class);
        RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
        ManagementService management = mock(ManagementService.class, RETURNS_DEEP_STUBS);
        TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
        ProcessInstance instance = mock(ProcessInstance.class);
        Job timer = mock(Job.class);
        given(instance.getId()).willReturn("pi-1");
        given(timer.getId()).willReturn("job-1");
        given(corrections.correct(anyLong(), any(), any(), any(), any()))
                .willReturn(Optional.of(LocalDate.of(2027, 4, 25)));
        given(runtime.createProcessInstanceQuery().processDefinitionKey(anyString())
                .processInstanceBusinessKey(anyString()).singleResult()).willReturn(instance);
        given(limits.warningAt(anyLong(), anyString())).willReturn(new Date());
        given(limits.limitAt(anyLong(), anyString())).willReturn(new Date());
        given(management.createJobQuery().processInstanceId(anyString()).timers().activityId(anyString()).list())
                .willReturn(List.of(timer));
        willThrow(CROSSED).given(management).setJobDuedate(anyString(), any(Date.class));

        EntryDateChange change = new EntryDateChange(corrections, parameters, limits, runtime, management, tasks);

        assertThatThrownBy(() -> change.correct(7L, LocalDate.of(2026, 10, 26), "Instap", COORDINATOR))
                .isInstanceOfSatisfying(CorrectionRefusedException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reason())
                                .isEqualTo(CorrectionRefusedException.Reason.CHANGED));
    }
}
