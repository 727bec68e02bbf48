package be.actraject.bpmn.watch;

import java.util.List;

/**
 * One kind's stuck items as the watch shows them: how many there are, and one page of them in the kind's order.
 *
 * @param count how many items of the kind are stuck, all pages together
 * @param items the page's items, at most {@code size}
 * @param page  the page's number, from 1
 * @param size  the most items a page holds
 */
public record StuckList(StuckKind kind, long count, List<StuckItem> items, int page, int size) {

    /** How many pages the kind's items fill; 1 for none. */
    public int pages() {
        return (int) Math.max(1, (count + size - 1) / size);
    }

    /** Whether items of the kind are on no page shown here. */
    public boolean hasMore() {
        return count > items.size();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
