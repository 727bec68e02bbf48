package be.actraject.domain.find;

import be.actraject.domain.trajectory.TrajectoryStatus;

/**
 * What the list of candidates is narrowed to and how it is ordered; null or blank parts do not narrow.
 *
 * @param status     one status, or null for all
 * @param coach      a coach's user id, {@link #NO_COACH} for the pool no coach has taken, or null for any
 * @param groupId    a learning group's id, or null for any
 * @param text       as in the search box: name, job seeker number, e-mail, phone; null or blank for any
 * @param mine       only the actor's own candidates (a coach's "my candidates")
 * @param sort       the column to sort by; the name (Dutch order, folded: {@link be.actraject.domain.candidate.SearchKeys}) breaks ties
 * @param descending whether the order runs backwards
 * @param page       the page, from 0; one whose first row lies beyond {@code Integer.MAX_VALUE} is the last that does not
 * @param size       rows per page, 1–100
 */
public record CandidateFilter(TrajectoryStatus status, String coach, Long groupId, String text, boolean mine,
                              Sort sort, boolean descending, int page, int size) {

    public static final String NO_COACH = "-";

    public CandidateFilter {
        sort = sort == null ? Sort.NAME : sort;
        size = Math.min(Math.max(size, 1), 100);
        // No further than the first row's offset can count: ?page=99999999 of 25 overflowed it into a 500 page.
        page = Math.min(Math.max(page, 0), Integer.MAX_VALUE / size);
    }

    /** The columns the list sorts by. */
    public enum Sort {
        NAME("c.sortName", false),
        ENTRY("t.startDate", false),
        /** By the coach's name: the accounts, kept outside these tables, give the order ({@link CandidateList}). */
        COACH("t.coach", true);

        final String column;
        /**
         * Whether the column has empty values, which then come last. Only then does the order say so: "nulls last"
         * on a column without them would keep PostgreSQL from reading its index backwards (issue 19).
         */
        final boolean nullable;

        Sort(String column, boolean nullable) {
            this.column = column;
            this.nullable = nullable;
        }
    }
}
