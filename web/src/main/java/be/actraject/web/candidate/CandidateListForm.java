package be.actraject.web.candidate;

import be.actraject.domain.find.CandidateFilter;
import be.actraject.domain.find.CandidateFilter.Sort;
import be.actraject.domain.trajectory.TrajectoryStatus;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's filters as the address carries them (GET), so that a page can be bookmarked and paging keeps them.
 * A value that does not bind (an unknown status, a page that is no number) is left out, never a failure.
 */
public class CandidateListForm {

    /** The page sizes offered; any other falls back to the first. */
    static final int[] SIZES = {25, 50};

    private TrajectoryStatus status;
    @Size(max = 64)
    private String coach;
    private Long group;
    @Size(max = 100)
    private String q;
    private boolean mine;
    private Sort sort;
    private boolean desc;
    private int page;
    private int size = SIZES[0];

    /** The filter to query with; a text or coach the validation refused does not narrow (the page says why). */
    CandidateFilter toFilter(BindingResult result) {
        int rows = size == SIZES[1] ? SIZES[1] : SIZES[0];
        String coachOrNull = result.hasFieldErrors("coach") ? null : blankToNull(coach);
        String text = result.hasFieldErrors("q") ? null : q;
        return new CandidateFilter(status, coachOrNull, group, text, mine, sort, desc, page, rows);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The address of this list with one page instead of the current one. */
    public String pageLink(int otherPage) {
        return link(status, sort, desc, otherPage);
    }

    /** The address of this list sorted by a column: the other way round when it is sorted by it already. */
    public String sortLink(String columnName) {
        Sort column = Sort.valueOf(columnName);
        boolean sortedByIt = (sort == null ? Sort.NAME : sort) == column;
        return link(status, column, sortedByIt && !desc, 0);
    }

    /** The address of this list narrowed to one status (null: all), from its first page. */
    public String statusLink(TrajectoryStatus other) {
        return link(other, sort, desc, 0);
    }

    private String link(TrajectoryStatus withStatus, Sort withSort, boolean descending, int withPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/candidates");
        put(uri, "status", withStatus);
        put(uri, "coach", blankToNull(coach));
        put(uri, "group", group);
        put(uri, "q", blankToNull(q));
        put(uri, "mine", mine ? true : null);
        put(uri, "sort", withSort);
        put(uri, "desc", descending ? true : null);
        put(uri, "page", withPage == 0 ? null : withPage);
        put(uri, "size", size == SIZES[0] ? null : size);
        return uri.encode().build().toUriString();
    }

    private static void put(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    public TrajectoryStatus getStatus() {
        return status;
    }

    public void setStatus(TrajectoryStatus status) {
        this.status = status;
    }

    public String getCoach() {
        return coach;
    }

    public void setCoach(String coach) {
        this.coach = coach;
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public Sort getSort() {
        return sort;
    }

    public void setSort(Sort sort) {
        this.sort = sort;
    }

    public boolean isDesc() {
        return desc;
    }

    public void setDesc(boolean desc) {
        this.desc = desc;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
