package be.actraject.bpmn.process;

import be.actraject.workflow.IntakeElements;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.TrajectoryElements;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names in the workflow-model module and the models must agree: a renamed element in a model would otherwise
 * only show when a trajectory reaches it.
 */
class ModelVocabularyTest {

    private final Map<String, BpmnModelInstance> modelsByProcessKey = loadModels();

    @Test
    void everyProcessKeyIsAModel() {
        assertThat(modelsByProcessKey.keySet()).containsAll(constants(ProcessKeys.class));
    }

    @Test
    void everyTrajectoryElementIdExistsInTheTrajectoryModel() {
        BpmnModelInstance model = modelsByProcessKey.get(ProcessKeys.TRAJECTORY);
        assertThat(constants(TrajectoryElements.class))
                .allSatisfy(id -> assertThat((Object) model.getModelElementById(id)).as(id).isNotNull());
    }

    @Test
    void everyIntakeElementIdExistsInTheIntakeModel() {
        BpmnModelInstance model = modelsByProcessKey.get(ProcessKeys.INTAKE);
        assertThat(constants(IntakeElements.class))
                .allSatisfy(id -> assertThat((Object) model.getModelElementById(id)).as(id).isNotNull());
    }

    @Test
    void theUserTasksOfTheModelsAreExactlyThoseTheCodeKnows() {
        Set<String> inModels = modelsByProcessKey.values().stream()
                .flatMap(m -> m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream())
                .map(org.camunda.bpm.model.bpmn.instance.UserTask::getId)
                .collect(Collectors.toSet());
        Set<String> inCode = Arrays.stream(be.actraject.workflow.UserTask.values())
                .map(be.actraject.workflow.UserTask::key)
                .collect(Collectors.toSet());

        assertThat(inModels).isEqualTo(inCode);
    }

    @Test
    void everyUserTaskGoesToTheGroupTheCodeExpects() {
        modelsByProcessKey.values().stream()
                .flatMap(m -> m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream())
                .forEach(t -> assertThat(t.getCamundaCandidateGroups()).as(t.getId())
                        .isEqualTo(be.actraject.workflow.UserTask.byKey(t.getId()).orElseThrow()
                                .candidateGroup().groupId()));
    }

    @Test
    void everyProcessKeepsItsHistoryForAStatedTime() {
        modelsByProcessKey.values().stream()
                .flatMap(m -> m.getModelElementsByType(Process.class).stream())
                .forEach(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).as(p.getId()).isNotBlank());
    }

    private static Map<String, BpmnModelInstance> loadModels() {
        Map<String, BpmnModelInstance> models = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(in);
                    model.getModelElementsByType(Process.class).forEach(p -> models.put(p.getId(), model));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return models;
    }

    private static List<String> constants(Class<?> holder) {
        List<String> values = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
