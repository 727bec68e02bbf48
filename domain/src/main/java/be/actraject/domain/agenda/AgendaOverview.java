package be.actraject.domain.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A week or a month of an agenda ({@link Agenda#overview}): its entries, and per busy day how many reminders of each
 * kind it counts instead of naming them.
 *
 * @param items   the entries in {@link AgendaItem#ORDER}, without the reminders of the days and kinds counted
 * @param counted   per day, per kind of {@link #COUNTED_KINDS} with more entries than the page names, how many there
 *                  are
 * @param countedAt when the counts were made, when they are kept a while (many of them); null when made for this page
 */
public record AgendaOverview(List<AgendaItem> items, Map<LocalDate, Map<AgendaItem.Kind, Integer>> counted,
                             Instant countedAt) {

    /**
     * The reminders one per candidate, found from every trajectory: the limit of the running phase, the day of the
     * next conversation a report named and the aftercare follow-ups. Appointments (a planned hour, a session, a
     * training moment, a meeting) are always named.
     */
    public static final Set<AgendaItem.Kind> COUNTED_KINDS = Set.of(AgendaItem.Kind.PRE_INVOICING_LIMIT,
            AgendaItem.Kind.INVOICING_LIMIT, AgendaItem.Kind.NEXT_CONVERSATION, AgendaItem.Kind.AFTERCARE_FOLLOW_UP);

    public AgendaOverview {
        items = List.copyOf(items);
        counted = Map.copyOf(counted);
    }

    /** Counted for this page. */
    public AgendaOverview(List<AgendaItem> items, Map<LocalDate, Map<AgendaItem.Kind, Integer>> counted) {
        this(items, counted, null);
    }

    /** The day's counted kinds with their counts, in the kinds' order; empty when the day names all its entries. */
    public Map<AgendaItem.Kind, Integer> countedOn(LocalDate day) {
        Map<AgendaItem.Kind, Integer> kinds = new EnumMap<>(AgendaItem.Kind.class);
        kinds.putAll(counted.getOrDefault(day, Map.of()));
        return kinds;
    }
}
