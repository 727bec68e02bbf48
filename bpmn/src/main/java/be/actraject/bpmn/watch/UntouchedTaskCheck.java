package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#UNTOUCHED_TASK}: a claimed task last changed (or else created) longer ago than the set time, the
 * longest untouched first. The condition is written per column rather than on {@code coalesce(...)}, so that the
 * engine's indexes on the last change and the creation time both serve it.
 */
@Component
class UntouchedTaskCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.UNTOUCHED_TASK;
    }

    @Override
    public String columns() {
        return TaskColumns.of("coalesce(T.LAST_UPDATED_, T.CREATE_TIME_)");
    }

    @Override
    public String from() {
        return TaskColumns.OPEN + " and T.ASSIGNEE_ is not null and (T.LAST_UPDATED_ < :untouchedBefore"
                + " or (T.LAST_UPDATED_ is null and T.CREATE_TIME_ < :untouchedBefore))";
    }

    @Override
    public String orderBy() {
        return "coalesce(T.LAST_UPDATED_, T.CREATE_TIME_), T.ID_";
    }
}
