package be.actraject.domain.agenda;

import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.AftercareSchedules;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
        return due(ended, from, until, offsets);
    }

    /** Of these ended trajectories, the follow-ups on [from, until) of the schedule each started with, not recorded. */
    private List<AgendaItem> due(List<Trajectory> ended, LocalDate from, LocalDate until, List<Period> offsets) {
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
                    items.add(item(t, offset, due));
                }
            }
        }
        return items;
    }

    private static AgendaItem item(Trajectory t, Period offset, LocalDate due) {
        return new AgendaItem(AgendaItem.Kind.AFTERCARE_FOLLOW_UP, "aftercare-" + t.getId() + "-" + offset, due, null,
                null, t.getCandidate().fullName(), offset.toString(), null, t.getCandidate().getId(), null, null);
    }

    /**
     * How many follow-ups are due on each day of [from, until) that has any (issue 19), counted in the database: for
     * each offset any schedule may hold, the exits whose follow-up at that offset falls in the period lie on a run of
     * days ({@link #exitDays}); those whose kept schedule holds the offset and whose follow-up is not recorded are
     * counted by exit day ({@code ix_trajectory_end_date}). Exits from before schedules were kept (V43) have theirs
     * from the parameter's history: few, and fewer each month, they are read as {@link #between} reads them.
     *
     * @param offsets the parameter {@code aftercare-follow-ups} as it is now
     */
    Map<LocalDate, Integer> countPerDay(AgendaScope scope, LocalDate from, LocalDate until, List<Period> offsets) {
        Set<Period> ever = schedules.everScheduled(offsets);
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        if (ever.isEmpty()) {
            return perDay;
        }
        for (Period offset : ever) {
            PeriodEntries.Days days = exitDays(offset, from, until);
            if (days.first().isBefore(days.last())) {
                entries.followUpsByExitDay(scope, days, offset.toString()).forEach((exit, count) ->
                        perDay.merge(exit.plus(offset), count.intValue(), Integer::sum));
            }
        }
        withoutKeptSchedule(scope, from, until, offsets, ever).forEach(item -> perDay.merge(item.day(), 1,
                Integer::sum));
        return perDay;
    }

    /**
     * The follow-ups due on these days of [from, until), with their candidates: the days a week or month names, so
     * that a coordinator's month at a large cooperative reads a few dozen rows, not every follow-up of the month.
     *
     * @param days the days to name, those with few follow-ups
     */
    List<AgendaItem> on(AgendaScope scope, LocalDate from, LocalDate until, List<Period> offsets,
                        Set<LocalDate> days) {
        Set<Period> ever = days.isEmpty() ? Set.of() : schedules.everScheduled(offsets);
        if (ever.isEmpty()) {
            return List.of();
        }
        List<AgendaItem> named = new ArrayList<>(withoutKeptSchedule(scope, from, until, offsets, ever).stream()
                .filter(i -> days.contains(i.day())).toList());
        Map<Period, List<LocalDate>> exits = new LinkedHashMap<>();
        for (Period offset : ever) {
            PeriodEntries.Days run = exitDays(offset, from, until);
            run.first().datesUntil(run.last()).filter(exit -> days.contains(exit.plus(offset)))
                    .forEach(exit -> exits.computeIfAbsent(offset, o -> new ArrayList<>()).add(exit));
        }
        named.addAll(keptOn(scope, exits));
        return named;
    }

    /**
     * The exit days [first, last) whose follow-up at {@code offset} falls on [from, until): a run of days, as adding
     * a period never goes back (31 January + 1 month = 28 February = 28 January + 1 month).
     */
    static PeriodEntries.Days exitDays(Period offset, LocalDate from, LocalDate until) {
        return new PeriodEntries.Days(firstExitDueFrom(offset, from), firstExitDueFrom(offset, until));
    }

    private static LocalDate firstExitDueFrom(Period offset, LocalDate day) {
        LocalDate exit = day.minus(offset).minusDays(MARGIN_DAYS);
        while (exit.plus(offset).isBefore(day)) {
            exit = exit.plusDays(1);
        }
        return exit;
    }

    /** The follow-ups of the exits without a kept schedule, exactly as {@link #between} finds them. */
    private List<AgendaItem> withoutKeptSchedule(AgendaScope scope, LocalDate from, LocalDate until,
                                                 List<Period> offsets, Set<Period> ever) {
        LocalDate since = ever.stream().map(from::minus).min(Comparator.naturalOrder()).orElse(from);
        List<PeriodEntries.Days> windows = ever.stream().map(offset -> new PeriodEntries.Days(
                from.minus(offset).minusDays(MARGIN_DAYS), until.minus(offset).plusDays(MARGIN_DAYS))).toList();
        return due(entries.endedWithoutKeptSchedule(scope, windows, since), from, until, offsets);
    }

    /** The follow-ups of the kept schedules on the given exit days of each offset, with their candidates. */
    private List<AgendaItem> keptOn(AgendaScope scope, Map<Period, List<LocalDate>> exitsByOffset) {
        if (exitsByOffset.isEmpty()) {
            return List.of();
        }
        List<Trajectory> ended = entries.endedOnWithKeptSchedule(scope, exitsByOffset.values().stream()
                .flatMap(List::stream).collect(Collectors.toSet()));
        Map<Long, Set<String>> recorded = aftercare.recordedFollowUps(ended.stream().map(Trajectory::getId).toList());
        List<AgendaItem> items = new ArrayList<>();
        for (Trajectory t : ended) {
            List<Period> schedule = t.aftercareSchedule().orElse(List.of());
            exitsByOffset.forEach((offset, exits) -> {
                if (exits.contains(t.getEndDate()) && schedule.contains(offset)
                        && !recorded.getOrDefault(t.getId(), Set.of()).contains(offset.toString())) {
                    items.add(item(t, offset, t.getEndDate().plus(offset)));
                }
            });
        }
        return items;
    }
}
