package be.actraject.domain.aftercare;

import be.actraject.domain.settings.ParameterChange;
import be.actraject.domain.settings.ParameterChanges;
import be.actraject.domain.trajectory.AftercareScheduleText;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The follow-up schedule of an ended trajectory's aftercare, as its timers were made: the schedule kept with the
 * trajectory when the aftercare started ({@link Trajectory#aftercareSchedule()}). A change of the parameter applies
 * only to aftercare that starts after it, so the pages must not show a running aftercare's follow-ups from it.
 *
 * <p>For an exit from before the schedule was kept (V43) it is the parameter's value on the exit day: the old value
 * of its first change made on or after that day, read from the parameter's history; the current one when it was
 * not changed since. The aftercare started when the exit was recorded, which may be a day later than the exit day:
 * a change in between is the one case this guesses wrong.
 */
@Service
@Transactional(readOnly = true)
public class AftercareSchedules {

    /** The parameter's key, as its history stores it. */
    public static final String PARAMETER = "aftercare-follow-ups";

    private final ParameterChanges changes;
    private final ZoneId zone;

    public AftercareSchedules(ParameterChanges changes, Clock clock) {
        this.changes = changes;
        this.zone = clock.getZone();
    }

    /**
     * @param current the parameter's value now
     * @return the offsets after the exit, in order; empty for a trajectory that has not ended
     */
    public List<Period> of(Trajectory trajectory, List<Period> current) {
        return of(List.of(trajectory), current).getOrDefault(trajectory.getId(), List.of());
    }

    /**
     * The schedule of each ended trajectory by its id, reading the parameter's history once at most.
     *
     * @param current the parameter's value now
     */
    public Map<Long, List<Period>> of(Collection<Trajectory> trajectories, List<Period> current) {
        Map<Long, List<Period>> schedules = new HashMap<>();
        List<ParameterChange> history = null;
        for (Trajectory t : trajectories) {
            if (t.getEndDate() == null) {
                continue;
            }
            Optional<List<Period>> kept = t.aftercareSchedule();
            if (kept.isPresent()) {
                schedules.put(t.getId(), kept.get());
                continue;
            }
            if (history == null) {
                history = changes.of(PARAMETER);
            }
            schedules.put(t.getId(), onExitDay(t, history).orElse(current));
        }
        return schedules;
    }

    /**
     * The earliest exit day whose follow-ups can fall on or after {@code from}, on any schedule an aftercare may run
     * on. An aftercare starts on the parameter's value of that moment, so its schedule is the current value or one
     * the parameter had — each change is in its history ({@link ParameterChanges}) — and the longest of those bounds
     * them all; reading the kept schedules instead would read every ended trajectory. An agenda from {@code from} on
     * needs the trajectories that ended since then, not the older ones (issue 19).
     *
     * @param current the parameter's value now
     */
    public LocalDate earliestExitWithFollowUpsFrom(LocalDate from, List<Period> current) {
        return everScheduled(current).stream().map(from::minus).min(Comparator.naturalOrder()).orElse(from);
    }

    /**
     * Every offset an aftercare's schedule may hold: those of the current value and of every value the parameter had
     * (its history, one query). The agenda looks for the exits of each offset's window of days, not for all those
     * since the longest one (issue 19).
     *
     * @param current the parameter's value now
     * @return distinct offsets, in the order first met
     */
    public Set<Period> everScheduled(List<Period> current) {
        Set<Period> all = new LinkedHashSet<>(current);
        for (ParameterChange change : changes.of(PARAMETER)) {
            parse(change.getOldValue()).ifPresent(all::addAll);
            parse(change.getNewValue()).ifPresent(all::addAll);
        }
        return all;
    }

    private Optional<List<Period>> onExitDay(Trajectory t, List<ParameterChange> history) {
        Instant dayBegan = t.getEndDate().atStartOfDay(zone).toInstant();
        return history.stream().filter(c -> !c.getChangedAt().isBefore(dayBegan)).findFirst()
                .map(ParameterChange::getOldValue).flatMap(AftercareSchedules::parse);
    }

    /** A value the history cannot be read back from (none, or not periods) leaves the current schedule. */
    private static Optional<List<Period>> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AftercareScheduleText.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
