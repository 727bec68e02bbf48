package be.actraject.bpmn.task;

import java.util.List;

/** A person's worklist: the tasks they hold, and the open tasks they may claim. */
public record Worklist(List<WorkItem> mine, List<WorkItem> claimable) {
}
