package be.actraject.web.task;

import be.actraject.workflow.UserTask;

import java.util.EnumMap;
import java.util.Map;

/**
 * The path of each task's screen below {@code /tasks/{taskId}/}. A test checks that every {@link UserTask} has a
 * screen here and a controller that answers on it.
 */
public final class TaskScreens {

    private static final Map<UserTask, String> PATHS = new EnumMap<>(Map.of(
            UserTask.INDIVIDUAL_CONVERSATION, "individual-conversation",
            UserTask.POP_CREATION, "pop-creation"));

    private TaskScreens() {
    }

    public static String pathOf(UserTask task) {
        String path = PATHS.get(task);
        if (path == null) {
            throw new IllegalStateException("No screen for task " + task);
        }
        return path;
    }

    public static Map<UserTask, String> all() {
        return Map.copyOf(PATHS);
    }
}
