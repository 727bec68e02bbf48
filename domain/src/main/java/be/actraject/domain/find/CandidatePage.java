package be.actraject.domain.find;

import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of the filtered list of candidates.
 *
 * @param rows   the page's trajectories with their candidates and phases, in the order asked for
 * @param total  how many trajectories the filter matches, over all pages
 * @param counts how many of the actor's trajectories each status holds under the other filters (every status present)
 * @param page   the page shown, from 0
 * @param size   rows per page
 * @param countedAt when the counts (and so the total) were made, when they are kept a short while because they are
 *                  many; null when counted for this page
 */
public record CandidatePage(List<Trajectory> rows, long total, Map<TrajectoryStatus, Long> counts, int page,
                            int size, Instant countedAt) {

    /** Counted for this page. */
    public CandidatePage(List<Trajectory> rows, long total, Map<TrajectoryStatus, Long> counts, int page, int size) {
        this(rows, total, counts, page, size, null);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
