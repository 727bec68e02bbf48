package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

/** {@link StuckKind#OVERDUE_TASK}: an open task whose due date has passed, claimed or not; the longest overdue first. */
@Component
class OverdueTaskCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.OVERDUE_TASK;
    }

    @Override
    public String columns() {
        return TaskColumns.of("T.DUE_DATE_");
    }

    @Override
    public String from() {
        return TaskColumns.OPEN + " and T.DUE_DATE_ < :now";
    }

    @Override
    public String orderBy() {
        return "T.DUE_DATE_, T.ID_";
    }
}
