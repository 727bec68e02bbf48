package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One day of an agenda page with its entries, in {@link AgendaItem#ORDER}.
 *
 * @param moreFollowUps the day's aftercare follow-ups left out of {@code items} beyond {@link #FOLLOW_UPS_SHOWN}: the
 *                      page names how many and links to the day's list ({@code /agenda/follow-ups})
 */
public record AgendaDay(LocalDate date, boolean inPeriod, boolean today, List<AgendaItem> items, int moreFollowUps) {

    /**
     * Aftercare follow-ups named on a day of the week or month, the rest counted: they are reminders, not
     * appointments, and at a large cooperative a coordinator's day holds twenty of them (the load harness's 30,000
     * candidates: 139 in a week), which buried the appointments and made the page grow with the cooperative (issue 19).
     */
    static final int FOLLOW_UPS_SHOWN = 3;

    /** The day with its entries, the follow-ups beyond {@link #FOLLOW_UPS_SHOWN} counted instead of listed. */
    static AgendaDay of(LocalDate date, boolean inPeriod, boolean today, List<AgendaItem> entries) {
        List<AgendaItem> shown = new ArrayList<>(entries.size());
        int followUps = 0;
        for (AgendaItem item : entries) {
            if (item.kind() != AgendaItem.Kind.AFTERCARE_FOLLOW_UP || followUps++ < FOLLOW_UPS_SHOWN) {
                shown.add(item);
            }
        }
        return new AgendaDay(date, inPeriod, today, List.copyOf(shown),
                Math.max(0, followUps - FOLLOW_UPS_SHOWN));
    }
}
