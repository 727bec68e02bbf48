package be.actraject.bpmn.models;

import java.util.Date;
import java.util.List;

/**
 * What migrating one instance does to its pending work, beside moving it: the timers and tasks the new version adds
 * or drops, and the timers the engine re-creates for events that already happened in this instance, which the
 * migration removes again ({@link RefiredTimers}) so that no warning, escalation, reminder or conversation comes twice.
 *
 * @param createdTimers   timers the target version adds (by activity id and due date)
 * @param cancelledTimers timers of the source version that no longer exist
 * @param suppressed      timers the engine re-created for an event that already fired here, removed
 * @param createdTasks    user tasks that appear (by activity id)
 * @param cancelledTasks  user tasks that disappear
 */
public record MigrationEffect(List<Change> createdTimers, List<Change> cancelledTimers, List<Change> suppressed,
                              List<Change> createdTasks, List<Change> cancelledTasks) {

    public static final MigrationEffect NONE = new MigrationEffect(List.of(), List.of(), List.of(), List.of(),
            List.of());

    /** One timer or task: the activity (id and name as the model says) and, for a timer, when it is due. */
    public record Change(String activityId, String name, Date dueDate) {
    }

    /** Whether the migration changes nothing but the version. */
    public boolean isEmpty() {
        return createdTimers.isEmpty() && cancelledTimers.isEmpty() && suppressed.isEmpty() && createdTasks.isEmpty()
                && cancelledTasks.isEmpty();
    }
}
