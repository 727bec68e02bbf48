package be.actraject.domain.trajectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Writes the history of a trajectory; every domain service that changes a trajectory leaves a line here. */
@Service
public class Timeline {

    private final TimelineRepository entries;
    private final Clock clock;

    public Timeline(TimelineRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Joins the caller's transaction: a line is written exactly when the change it tells is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long trajectoryId, TimelineKind kind, String actor, String detail) {
        entries.save(new TimelineEntry(trajectoryId, clock.instant(), kind, actor, detail));
    }
}
