package be.actraject.domain.agenda;

import java.util.List;

/**
 * One page of a day's reminders of one kind.
 *
 * @param items the page's entries, in the list's order
 * @param total how many the day holds, over all pages
 * @param page  the page shown, from 0
 * @param size  entries per page
 */
public record ReminderPage(List<AgendaItem> items, long total, int page, int size) {

    public ReminderPage {
        items = List.copyOf(items);
    }

    /** The last page's number, from 0. */
    public int lastPage() {
        return (int) Math.max(0, (total - 1) / size);
    }
}
