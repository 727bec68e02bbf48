package be.actraject.web.support;

import be.actraject.bpmn.task.WorkItem;
import be.actraject.workflow.Phase;
import be.actraject.workflow.UserTask;

import java.time.Instant;

/** Open tasks as the services return them. */
public final class WorkItemFixture {

    private WorkItemFixture() {
    }

    public static WorkItem task(String taskId, UserTask kind, String assignee) {
        return new WorkItem(taskId, kind.key(), "model name", Instant.parse("2026-11-18T10:00:00Z"), null,
                assignee, "Lotte Peeters", 7L, 42L, null, Phase.INTAKE, 5, 170L, false, "coach", null, null, null);
    }

    /** A task of an ended trajectory (its aftercare), whose phase is still the last one the trajectory held. */
    public static WorkItem afterExit(String taskId, UserTask kind, String assignee) {
        return new WorkItem(taskId, kind.key(), "model name", Instant.parse("2026-11-18T10:00:00Z"), null,
                assignee, "Sarah Lambert", 7L, 42L, null, Phase.INTAKE, 0, null, true, "coach", null, null, null);
    }
}
