package be.actraject.bpmn.process;

import be.actraject.workflow.PhaseElements;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.SupportElements;
import be.actraject.workflow.TrajectoryElements;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names in the workflow-model module and the models agree, and every model keeps the rules the code relies
 * on: a renamed element would otherwise only show when a trajectory reaches it.
 */
class ModelVocabularyTest {

    private static final Map<String, BpmnModelInstance> PROCESSES = new HashMap<>();
    private static final Set<String> DECISIONS = new HashSet<>();

    static {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (Resource resource : resolver.getResources("classpath*:bpmn/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(in);
                    model.getModelElementsByType(Process.class).forEach(p -> PROCESSES.put(p.getId(), model));
                }
            }
            for (Resource resource : resolver.getResources("classpath*:bpmn/*.dmn")) {
                try (InputStream in = resource.getInputStream()) {
                    Dmn.readModelFromStream(in).getModelElementsByType(Decision.class)
                            .forEach(d -> DECISIONS.add(d.getId()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<org.camunda.bpm.model.bpmn.instance.UserTask> userTasks() {
        return PROCESSES.values().stream().distinct()
                .flatMap(m -> m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream())
                .toList();
    }

    @Test
    void everyProcessAndDecisionKeyIsAModel() {
        Set<String> keys = new HashSet<>(PROCESSES.keySet());
        keys.addAll(DECISIONS);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(constants(ProcessKeys.class));
    }

    @Test
    void everyTrajectoryElementIdExistsInTheTrajectoryModel() {
        BpmnModelInstance model = PROCESSES.get(ProcessKeys.TRAJECTORY);
        assertThat(constants(TrajectoryElements.class))
                .allSatisfy(id -> assertThat((Object) model.getModelElementById(id)).as(id).isNotNull());
    }

    @Test
    void everyPhaseAndSupportElementIdExistsInSomeModel() {
        List<String> ids = new ArrayList<>(constants(PhaseElements.class));
        ids.addAll(constants(SupportElements.class));
        assertThat(ids).allSatisfy(id -> assertThat(PROCESSES.values().stream()
                .anyMatch(m -> m.getModelElementById(id) != null)).as(id).isTrue());
    }

    @Test
    void theUserTasksOfTheModelsAreExactlyThoseTheCodeKnows() {
        Set<String> inModels = userTasks().stream().map(t -> t.getId()).collect(Collectors.toSet());
        Set<String> inCode = Arrays.stream(UserTask.values()).map(UserTask::key).collect(Collectors.toSet());
        assertThat(inModels).isEqualTo(inCode);
    }

    @Test
    void everyUserTaskGoesToTheGroupTheCodeExpectsAndHasADueDate() {
        assertThat(userTasks()).allSatisfy(t -> {
            UserTask known = UserTask.byKey(t.getId()).orElseThrow();
            assertThat(t.getCamundaCandidateGroups()).as(t.getId()).isEqualTo(known.candidateGroup().groupId());
            assertThat(t.getCamundaDueDate()).as(t.getId() + " due date").startsWith("${");
        });
    }

    @Test
    void everyCoachTaskIsRoutedToTheCoachOfItsCandidateOrGroup() {
        assertThat(userTasks()).filteredOn(t -> Role.COACH.groupId().equals(t.getCamundaCandidateGroups()))
                .allSatisfy(t -> assertThat(t.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaTaskListener.class).list())
                        .as(t.getId()).anySatisfy(l -> {
                            assertThat(l.getCamundaEvent()).isEqualTo("create");
                            assertThat(l.getCamundaDelegateExpression())
                                    .isIn("${caseloadTaskListener}", "${sessionTaskListener}");
                        }));
    }

    @Test
    void everyCalledElementIsAModelAndGetsTheBusinessKey() {
        PROCESSES.values().stream().distinct()
                .flatMap(m -> m.getModelElementsByType(CallActivity.class).stream())
                .forEach(call -> {
                    assertThat(PROCESSES).as(call.getId()).containsKey(call.getCalledElement());
                    assertThat(call.getExtensionElements().getDomElement().getChildElements())
                            .as(call.getId() + " passes the business key")
                            .anyMatch(e -> e.getLocalName().equals("in") && e.hasAttribute("businessKey"));
                });
    }

    @Test
    void everyProcessKeepsItsHistoryForAStatedTime() {
        PROCESSES.values().stream().distinct()
                .flatMap(m -> m.getModelElementsByType(Process.class).stream())
                .forEach(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).as(p.getId()).isNotBlank());
    }

    @Test
    void noDurationIsWrittenIntoAModel() {
        PROCESSES.values().stream().distinct()
                .flatMap(m -> m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.TimerEventDefinition.class)
                        .stream())
                .forEach(timer -> {
                    var expression = timer.getTimeDate() != null ? timer.getTimeDate()
                            : timer.getTimeCycle() != null ? timer.getTimeCycle() : timer.getTimeDuration();
                    assertThat(expression.getTextContent()).as("timer " + timer.getId()).startsWith("${");
                });
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
