package be.actraject.domain.agenda;

import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.AftercareSchedules;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The aftercare follow-ups due in a period, found from the period rather than from the caseload (issue 19): for each
 * offset any schedule may hold ({@link AftercareSchedules#everScheduled}) the exits of the days [from − offset,
 * until − offset) — a few days wider, as adding months to a month's last days rounds down —, then for those few
 * trajectories the schedule they started with and the follow-ups already recorded decide exactly.
 */
@Component
class FollowUpsDue {

    /** More than the three days adding months may round down (31 March + 1 month = 30 April; + P11M = 28 Feb). */
    private static final int MARGIN_DAYS = 4;

    private final PeriodEntries entries;
    private final AftercareSchedules schedules;
    private final AftercareContacts aftercare;

    FollowUpsDue(PeriodEntries entries, AftercareSchedules schedules, AftercareContacts aftercare) {
        this.entries = entries;
        this.schedules = schedules;
        this.aftercare = aftercare;
    }

    /**
     * @param offsets the parameter {@code aftercare-follow-ups} as it is now
     * @return the follow-ups on the days [from, until) not yet recorded, of ended trajectories in scope; in no order
     */
    List<AgendaItem> between(AgendaScope scope, LocalDate from, LocalDate until, List<Period> offsets) {
        Set<Period> ever = schedules.everScheduled(offsets);
        if (ever.isEmpty()) {
            return List.of();
        }
        // Not before the earliest exit whose follow-ups can reach the period: the bound the agenda always had.
        LocalDate since = ever.stream().map(from::minus).min(Comparator.naturalOrder()).orElse(from);
        List<PeriodEntries.Days> windows = ever.stream().map(offset -> new PeriodEntries.Days(
                from.minus(offset).minusDays(MARGIN_DAYS), until.minus(offset).plusDays(MARGIN_DAYS))).toList();
        List<Trajectory> ended = entries.endedWithin(scope, windows, since);
        if (ended.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> recorded = aftercare.recordedFollowUps(ended.stream().map(Trajectory::getId).toList());
        Map<Long, List<Period>> started = schedules.of(ended, offsets);
        List<AgendaItem> items = new ArrayList<>();
        for (Trajectory t : ended) {
            for (Period offset : started.getOrDefault(t.getId(), offsets)) {
                LocalDate due = t.getEndDate().plus(offset);
                if (!due.isBefore(from) && due.isBefore(until)
                        && !recorded.getOrDefault(t.getId(), Set.of()).contains(offset.toString())) {
                    items.add(new AgendaItem(AgendaItem.Kind.AFTERCARE_FOLLOW_UP,
                            "aftercare-" + t.getId() + "-" + offset, due, null, null, t.getCandidate().fullName(),
                            offset.toString(), null, t.getCandidate().getId(), null, null));
                }
            }
        }
        return items;
    }
}
