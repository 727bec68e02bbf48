package be.actraject.domain.agenda;

import be.actraject.domain.conversation.IndividualConversation;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "next conversation" days of a period as a week or month shows them (issue 19): counted per day by the
 * database, read only for the days with at most the number a page names. Every running trajectory has one such day
 * in its latest report; a coordinator's month at a large cooperative holds thousands, all on a few weekdays.
 */
@Component
class NextConversationDays {

    private final PeriodEntries entries;
    private final ZoneId zone;

    NextConversationDays(PeriodEntries entries, Clock clock) {
        this.entries = entries;
        this.zone = clock.getZone();
    }

    /**
     * How many next conversations fall on each day of [from, until) that has any, counted by the database. A
     * conversation planned on the same day for the same trajectory is the same appointment, told more precisely
     * ({@link Agenda#between} shows the planned one only): it is not counted either. Those few reports are read
     * (by the trajectories of the period's planned conversations), not the day's thousands.
     *
     * @param planned the period's planned conversations
     */
    Map<LocalDate, Integer> countPerDay(AgendaScope scope, LocalDate from, LocalDate until,
                                        List<PlannedConversation> planned) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        entries.nextConversationsPerDay(scope, from, until).forEach((day, n) -> perDay.put(day, n.intValue()));
        if (perDay.isEmpty()) {
            return perDay;
        }
        Set<String> plannedDays = planned.stream()
                .map(p -> p.getTrajectoryId() + "@" + p.getStartsAt().atZone(zone).toLocalDate())
                .collect(Collectors.toSet());
        for (IndividualConversation c : entries.nextConversationsOf(scope, planned.stream()
                .map(PlannedConversation::getTrajectoryId).collect(Collectors.toSet()), from, until)) {
            if (plannedDays.contains(c.getTrajectoryId() + "@" + c.getNextPlannedOn())) {
                perDay.merge(c.getNextPlannedOn(), -1, Integer::sum);
            }
        }
        perDay.values().removeIf(n -> n <= 0);
        return perDay;
    }

    /** The reports whose next conversation falls on these days: the days a week or month names. */
    List<IndividualConversation> on(AgendaScope scope, Set<LocalDate> days) {
        return entries.nextConversationsOn(scope, days);
    }
}
