package be.actraject.bpmn.task;

/**
 * What a worklist shows: a scope, filters (each null when not used), an order and a page.
 *
 * @param stage     a phase's name, {@link WorkItem#AFTERCARE} or {@link WorkItem#SESSION}
 * @param taskKey   a task definition key
 * @param candidate part of the candidate's (or the group's) name, in any case; a % or _ in it is a letter
 * @param coach     the user id of the candidate's coach
 * @param overdue   only the tasks past their due date
 * @param page      from 0
 */
public record WorklistQuery(WorklistScope scope, String stage, String taskKey, String candidate, String coach,
                            boolean overdue, WorklistSort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public WorklistQuery {
        scope = scope == null ? WorklistScope.MINE : scope;
        stage = blankToNull(stage);
        taskKey = blankToNull(taskKey);
        candidate = blankToNull(candidate);
        coach = blankToNull(coach);
        sort = sort == null ? WorklistSort.DUE : sort;
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        // Its first row's offset (page × size) must stay an int: ?page=99999999 is the last page, not an overflow.
        page = Math.min(Math.max(0, page), Integer.MAX_VALUE / size - 1);
    }

    /** The same filters and order on another page. */
    WorklistQuery onPage(int other) {
        return new WorklistQuery(scope, stage, taskKey, candidate, coach, overdue, sort, other, size);
    }

    public static WorklistQuery of(WorklistScope scope) {
        return new WorklistQuery(scope, null, null, null, null, false, null, 0, DEFAULT_SIZE);
    }

    boolean matchesStage(String itemStage) {
        return stage == null || stage.equals(itemStage);
    }

    boolean matchesTask(String itemTaskKey) {
        return taskKey == null || taskKey.equals(itemTaskKey);
    }

    boolean matchesCoach(String itemCoach) {
        return coach == null || coach.equals(itemCoach);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
