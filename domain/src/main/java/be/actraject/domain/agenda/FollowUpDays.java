package be.actraject.domain.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The aftercare follow-ups of a period as a week or month shows them: named on a quiet day, counted on a busy one.
 *
 * @param named   the follow-ups of the days with at most the number asked, in no order
 * @param counted per day with more than that, how many follow-ups are due (none of them in {@code named})
 */
record FollowUpDays(List<AgendaItem> named, Map<LocalDate, Integer> counted) {

    FollowUpDays {
        named = List.copyOf(named);
        counted = Map.copyOf(counted);
    }
}
