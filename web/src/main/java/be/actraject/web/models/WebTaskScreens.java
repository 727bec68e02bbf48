package be.actraject.web.models;

import be.actraject.bpmn.models.TaskScreenCatalog;
import be.actraject.web.task.TaskScreens;
import be.actraject.workflow.UserTask;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/** The user tasks this web module has a screen for: what a model may ask of the people who use it. */
@Component
@Primary
class WebTaskScreens implements TaskScreenCatalog {

    private static final Set<String> KEYS = TaskScreens.all().keySet().stream().map(UserTask::key)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean hasScreen(String taskDefinitionKey, String formKey) {
        return KEYS.contains(taskDefinitionKey) || REVIEW.equals(formKey);
    }
}
