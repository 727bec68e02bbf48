package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#IDLE}: a running trajectory whose timeline has had no entry for longer than the set time, or
 * never had one; those that never had one first, then the longest idle. Each running trajectory's last entry is one
 * look-up in the timeline's index (trajectory, moment).
 */
@Component
class IdleCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.IDLE;
    }

    @Override
    public String columns() {
        return "X.id, null, null, null, null, null, null, X.last_at, null";
    }

    @Override
    public String from() {
        return " from (select TR.id, (select max(E.occurred_at) from timeline_entry E where E.trajectory_id = TR.id)"
                + " as last_at from trajectory TR where TR.exit_type is null) X"
                + " where X.last_at is null or X.last_at < :idleBefore";
    }

    @Override
    public String orderBy() {
        return "X.last_at nulls first, X.id";
    }
}
