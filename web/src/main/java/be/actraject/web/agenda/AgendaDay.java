package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One day of an agenda page with its entries, in {@link AgendaItem#ORDER}.
 *
 * @param counted the day's reminders of each kind with more than {@link #NAMED} of them
 *                ({@link be.actraject.domain.agenda.AgendaOverview#COUNTED_KINDS}): the page says how many and links
 *                to the day's list of that kind ({@code /agenda/reminders}); {@code items} holds none of them
 */
public record AgendaDay(LocalDate date, boolean inPeriod, boolean today, List<AgendaItem> items,
                        Map<AgendaItem.Kind, Integer> counted) {

    /**
     * Reminders of one kind named on a day of the week or month; a day with more says how many: they are reminders,
     * not appointments, and at a large cooperative a coordinator's day holds dozens of follow-ups and hundreds of
     * next conversations (the load harness's 30,000 candidates: 6,000 on one day), which buried the appointments and
     * made the page grow with the cooperative (issue 19). The domain counts them
     * ({@link be.actraject.domain.agenda.Agenda#overview}).
     */
    static final int NAMED = 3;

    /** Nothing on this day: no entry and nothing counted. */
    public boolean isEmpty() {
        return items.isEmpty() && counted.isEmpty();
    }
}
