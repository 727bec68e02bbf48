package be.actraject.web.task;

import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of user task the models create has a screen: a path, and a controller that shows and submits it. */
class TaskScreensTest {

    @Test
    void everyUserTaskHasAScreenPath() {
        assertThat(TaskScreens.all().keySet()).containsExactlyInAnyOrder(UserTask.values());
    }

    @Test
    void everyScreenPathHasAControllerThatShowsAndSubmitsIt() throws ClassNotFoundException {
        Set<String> served = new HashSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        for (var candidate : scanner.findCandidateComponents("be.actraject.web")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            boolean shows = Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(GetMapping.class));
            boolean submits = Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(PostMapping.class));
            if (mapping != null && shows && submits) {
                served.addAll(Arrays.asList(mapping.path()));
            }
        }
        TaskScreens.all().values().forEach(path ->
                assertThat(served).as("screen " + path).contains("/tasks/{taskId}/" + path));
    }
}
