package be.actraject.bpmn.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of a worklist with the counts that go with it.
 *
 * @param items       the page's tasks, in the query's order
 * @param total       the tasks that pass every filter, on all pages
 * @param scopeCounts the tasks in each scope the person may use, before filters
 * @param stageCounts per stage, the tasks passing the other filters (so each count is what choosing it gives)
 * @param taskCounts  per task definition key, likewise
 * @param coachCounts per coach's user id, likewise
 * @param overdueCount the tasks past due among those passing the other filters
 * @param countedAt    when the counts (and so the total and the number of pages) were made, when they are kept a short
 *                     while because they are many ({@link WorklistCounts}); null when counted for this page
 */
public record Worklist(WorklistQuery query, List<WorkItem> items, int total, Map<WorklistScope, Integer> scopeCounts,
                       Map<String, Integer> stageCounts, Map<String, Integer> taskCounts,
                       Map<String, Integer> coachCounts, int overdueCount, Instant countedAt) {

    /** Counted for this page. */
    public Worklist(WorklistQuery query, List<WorkItem> items, int total, Map<WorklistScope, Integer> scopeCounts,
                    Map<String, Integer> stageCounts, Map<String, Integer> taskCounts,
                    Map<String, Integer> coachCounts, int overdueCount) {
        this(query, items, total, scopeCounts, stageCounts, taskCounts, coachCounts, overdueCount, null);
    }

    public int pages() {
        return Math.max(1, (total + query.size() - 1) / query.size());
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }
}
