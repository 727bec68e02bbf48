package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#UNCLAIMED_TASK}: an open task on nobody's name, created longer ago than the set time; the oldest
 * first (the engine's index on the creation time).
 */
@Component
class UnclaimedTaskCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.UNCLAIMED_TASK;
    }

    @Override
    public String columns() {
        return TaskColumns.of("T.CREATE_TIME_");
    }

    @Override
    public String from() {
        return TaskColumns.OPEN + " and T.ASSIGNEE_ is null and T.CREATE_TIME_ < :unclaimedBefore";
    }

    @Override
    public String orderBy() {
        return "T.CREATE_TIME_, T.ID_";
    }
}
