package be.actraject.web.task;

import be.actraject.bpmn.task.WorklistQuery;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.bpmn.task.WorklistSort;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * The worklist's filters as the page's query string carries them, so that a filtered list can be bookmarked and a
 * claim or hand-over returns to the same list. Unknown values fall back to the defaults instead of failing.
 */
public class WorklistFilter {

    private WorklistScope scope;
    private String stage;
    private String task;
    private String candidate;
    private String coach;
    private boolean overdue;
    private WorklistSort sort;
    private int page;

    /**
     * The filter of a worklist URL that a form carried back ({@code back}), read field by field so that nothing but
     * a worklist URL can come out of it: an unknown or foreign value gives the default list.
     */
    static WorklistFilter parse(String back) {
        WorklistFilter filter = new WorklistFilter();
        if (back == null || !(back.equals("/tasks") || back.startsWith("/tasks?"))) {
            return filter;
        }
        MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString(back).build().getQueryParams();
        filter.scope = enumOrNull(WorklistScope.class, param(params, "scope"));
        filter.stage = param(params, "stage");
        filter.task = param(params, "task");
        filter.candidate = param(params, "candidate");
        filter.coach = param(params, "coach");
        filter.overdue = "true".equals(param(params, "overdue"));
        filter.sort = enumOrNull(WorklistSort.class, param(params, "sort"));
        try {
            filter.setPage(Integer.parseInt(String.valueOf(param(params, "page"))));
        } catch (NumberFormatException e) {
            filter.page = 0;
        }
        return filter;
    }

    private static String param(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    WorklistQuery toQuery() {
        return new WorklistQuery(scope, stage, task, candidate, coach, overdue, sort, page,
                WorklistQuery.DEFAULT_SIZE);
    }

    /** The worklist URL that shows this filter again, on the given page. */
    public String url(int onPage) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/tasks");
        add(b, "scope", scope == null ? null : scope.name());
        add(b, "stage", stage);
        add(b, "task", task);
        add(b, "candidate", candidate);
        add(b, "coach", coach);
        if (overdue) {
            b.queryParam("overdue", true);
        }
        add(b, "sort", sort == null || sort == WorklistSort.DUE ? null : sort.name());
        if (onPage > 0) {
            b.queryParam("page", onPage);
        }
        return b.encode().build().toUriString();
    }

    public String url() {
        return url(page);
    }

    /** The same filter in another scope, from its first page: the scope tabs. */
    public String urlForScope(WorklistScope other) {
        WorklistScope before = scope;
        int pageBefore = page;
        scope = other;
        page = 0;
        String url = url();
        scope = before;
        page = pageBefore;
        return url;
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }

    public WorklistScope getScope() {
        return scope;
    }

    public void setScope(WorklistScope scope) {
        this.scope = scope;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public String getCandidate() {
        return candidate;
    }

    public void setCandidate(String candidate) {
        this.candidate = candidate;
    }

    public String getCoach() {
        return coach;
    }

    public void setCoach(String coach) {
        this.coach = coach;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public WorklistSort getSort() {
        return sort;
    }

    public void setSort(WorklistSort sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
