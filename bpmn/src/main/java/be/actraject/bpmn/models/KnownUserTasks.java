package be.actraject.bpmn.models;

import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The screens there can be: one per user task the code knows ({@link UserTask}). The web module's catalog, which
 * knows which screens it actually has, takes precedence over this one.
 */
@Component
class KnownUserTasks implements TaskScreenCatalog {

    private static final Set<String> KEYS = Arrays.stream(UserTask.values()).map(UserTask::key)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean hasScreen(String taskDefinitionKey, String formKey) {
        return KEYS.contains(taskDefinitionKey) || REVIEW.equals(formKey);
    }
}
