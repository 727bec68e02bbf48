package be.actraject.bpmn.watch;

import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The checks that share the snapshot, on an engine and a dossier made of mocks: the open tasks sorted into unclaimed,
 * untouched, overdue and orphaned, read once for all four; and where the trajectory processes and the dossier's
 * trajectories disagree.
 */
class StuckChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final TaskService tasks = mock(TaskService.class, Answers.RETURNS_DEEP_STUBS);
    private final WatchParameters parameters = new WatchParameters();

    @Test
    void openTasksAreSortedIntoTheirKindsFromOneQuery() {
        Trajectory kobe = trajectory(1L, "Kobe Janssens", true);
        Task unclaimed = task("t1", "pi-1", null, NOW.minus(Duration.ofDays(4)), null, null);
        Task fresh = task("t2", "pi-1", null, NOW.minus(Duration.ofDays(1)), null, null);
        Task untouched = task("t3", "pi-1", "coach", NOW.minus(Duration.ofDays(30)),
                NOW.minus(Duration.ofDays(15)), NOW.minus(Duration.ofDays(1)));
        Task orphan = task("t4", "pi-2", "coach", NOW.minus(Duration.ofDays(1)), null, null);
        given(tasks.createTaskQuery().active().list()).willReturn(List.of(unclaimed, fresh, untouched, orphan));
        WatchSnapshot snapshot = snapshot(Map.of("pi-1", "1", "pi-2", "999"), List.of(), Map.of(1L, kobe));

        List<StuckItem> unclaimedItems = new UnclaimedTaskCheck(parameters).find(snapshot);
        List<StuckItem> untouchedItems = new UntouchedTaskCheck(parameters).find(snapshot);
        List<StuckItem> overdueItems = new OverdueTaskCheck().find(snapshot);
        List<StuckItem> orphanItems = new TaskWithoutTrajectoryCheck().find(snapshot);

        assertThat(unclaimedItems).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(StuckKind.UNCLAIMED_TASK);
            assertThat(item.engine().taskId()).isEqualTo("t1");
            assertThat(item.dossier()).isEqualTo(new StuckItem.Dossier(1L, 10L, "Kobe Janssens"));
            assertThat(item.since()).isEqualTo(NOW.minus(Duration.ofDays(4)));
        });
        assertThat(untouchedItems).singleElement().satisfies(item -> {
            assertThat(item.engine().taskId()).isEqualTo("t3");
            assertThat(item.engine().assignee()).isEqualTo("coach");
            assertThat(item.since()).as("last touched").isEqualTo(NOW.minus(Duration.ofDays(15)));
        });
        assertThat(overdueItems).extracting(i -> i.engine().taskId()).containsExactly("t3");
        assertThat(orphanItems).singleElement().satisfies(item -> {
            assertThat(item.engine().taskId()).isEqualTo("t4");
            assertThat(item.dossier()).as("only the id its instance names").isEqualTo(StuckItem.Dossier.unknown(999L));
        });
        verify(tasks.createTaskQuery().active(), times(1)).list();
    }

    @Test
    void aTrajectoryWithoutItsProcessAndAProcessWithoutItsTrajectoryAreBothFound() {
        Trajectory lost = trajectory(1L, "Pieter Willems", true);
        Trajectory running = trajectory(2L, "Kobe Janssens", true);
        Trajectory ended = trajectory(3L, "Julie Maes", false);
        List<ProcessInstance> processes = List.of(process("pi-2", "2", ProcessKeys.TRAJECTORY),
                process("pi-3", "3", ProcessKeys.TRAJECTORY), process("pi-4", "4", ProcessKeys.TRAJECTORY),
                process("pi-5", "1", "invoicing"));
        WatchSnapshot snapshot = snapshot(Map.of("pi-2", "2", "pi-3", "3", "pi-4", "4", "pi-5", "1"), processes,
                Map.of(1L, lost, 2L, running, 3L, ended));

        List<StuckItem> noProcess = new NoProcessCheck().find(snapshot);
        List<StuckItem> withoutTrajectory = new ProcessWithoutTrajectoryCheck().find(snapshot);

        assertThat(noProcess).as("another model of Pieter's is not his trajectory process")
                .extracting(i -> i.dossier().candidateName()).containsExactly("Pieter Willems");
        assertThat(withoutTrajectory).extracting(i -> i.engine().processInstanceId(), StuckItem::detail)
                .containsExactlyInAnyOrder(tuple("pi-3", "ended 2026-11-01"),
                        tuple("pi-4", "no trajectory 4"));
    }

    @Test
    void theWatchListsEveryKindInItsOrderAndNeedsOneCheckForEach() {
        List<StuckCheck> checks = Arrays.stream(StuckKind.values()).map(StuckChecksTest::nothingStuck).toList();
        RuntimeService runtime = mock(RuntimeService.class, Answers.RETURNS_DEEP_STUBS);
        given(runtime.createProcessInstanceQuery().active().list()).willReturn(List.of());
        Caseload caseload = mock(Caseload.class);
        given(caseload.byIds(any())).willReturn(Map.of());
        List<StuckCheck> backwards = new ArrayList<>(checks);
        Collections.reverse(backwards);
        StuckTrajectories watch = new StuckTrajectories(backwards, runtime, tasks, caseload, Clock.fixed(NOW, ZONE));

        Map<StuckKind, List<StuckItem>> all = watch.all(Actor.of("admin", Role.ADMINISTRATOR));

        assertThat(all.keySet()).containsExactly(StuckKind.values());
        assertThat(all.values()).allSatisfy(items -> assertThat(items).isEmpty());
        assertThatIllegalStateException().isThrownBy(() -> new StuckTrajectories(
                checks.subList(1, checks.size()), runtime, tasks, caseload, Clock.fixed(NOW, ZONE)));
        assertThatIllegalStateException().isThrownBy(() -> new StuckTrajectories(
                Stream.concat(checks.stream(), Stream.of(nothingStuck(StuckKind.IDLE))).toList(), runtime, tasks,
                caseload, Clock.fixed(NOW, ZONE)));
    }

    private static StuckCheck nothingStuck(StuckKind kind) {
        return new StuckCheck() {
            @Override
            public StuckKind kind() {
                return kind;
            }

            @Override
            public List<StuckItem> find(WatchSnapshot snapshot) {
                return List.of();
            }
        };
    }

    private WatchSnapshot snapshot(Map<String, String> businessKeys, List<ProcessInstance> running,
                                   Map<Long, Trajectory> trajectories) {
        return new WatchSnapshot(NOW, ZONE, running, businessKeys, trajectories, tasks);
    }

    private static Trajectory trajectory(long id, String name, boolean active) {
        Candidate candidate = mock(Candidate.class);
        given(candidate.getId()).willReturn(id * 10);
        given(candidate.fullName()).willReturn(name);
        Trajectory trajectory = mock(Trajectory.class);
        given(trajectory.getId()).willReturn(id);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(trajectory.isActive()).willReturn(active);
        given(trajectory.getEndDate()).willReturn(active ? null : LocalDate.of(2026, 11, 1));
        return trajectory;
    }

    private static ProcessInstance process(String id, String businessKey, String definitionKey) {
        ProcessInstance process = mock(ProcessInstance.class);
        given(process.getId()).willReturn(id);
        given(process.getBusinessKey()).willReturn(businessKey);
        given(process.getProcessDefinitionId()).willReturn(definitionKey + ":1:" + id);
        return process;
    }

    private static Task task(String id, String processInstanceId, String assignee, Instant created, Instant updated,
                             Instant due) {
        Task task = mock(Task.class);
        given(task.getId()).willReturn(id);
        given(task.getProcessInstanceId()).willReturn(processInstanceId);
        given(task.getAssignee()).willReturn(assignee);
        given(task.getCreateTime()).willReturn(Date.from(created));
        given(task.getLastUpdated()).willReturn(updated == null ? null : Date.from(updated));
        given(task.getDueDate()).willReturn(due == null ? null : Date.from(due));
        given(task.getTaskDefinitionKey()).willReturn("Task_" + id);
        return task;
    }
}
