package be.actraject.bpmn.models;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the pending work of an instance differs after a migration, and whether it holds anything twice. */
final class MigrationEffects {

    private MigrationEffects() {
    }

    /**
     * @param before     the instance's timers and tasks before the migration
     * @param after      after it, re-fired timers removed
     * @param suppressed the timers removed because their event had already fired
     */
    static MigrationEffect between(InstanceWork before, InstanceWork after, List<InstanceWork.Timer> suppressed,
                                   BpmnModelInstance source, BpmnModelInstance target) {
        return new MigrationEffect(
                timers(after.timers().values(), before.timers(), target),
                timers(before.timers().values(), after.timers(), source),
                suppressed.stream().map(t -> new MigrationEffect.Change(t.activityId(), name(target, t.activityId()),
                        t.dueDate())).toList(),
                tasks(after.tasks().values(), before.tasks(), target),
                tasks(before.tasks().values(), after.tasks(), source));
    }

    /**
     * What an instance holds twice: two timers for one event, or two open tasks of one activity, where it held one
     * (a migration must not create a second warning, escalation, reminder or conversation).
     */
    static List<String> duplicates(InstanceWork work, BpmnModelInstance target) {
        List<String> twice = new ArrayList<>();
        twice(work.timers().values(), InstanceWork.Timer::activityId, target, twice);
        twice(work.tasks().values(), InstanceWork.OpenTask::activityId, target, twice);
        return twice;
    }

    /** Named as the model names it, with its id and how often: "Dossier nakijken (Task_DossierCheck) ×2". */
    private static <T> void twice(Collection<T> items, Function<T, String> activity, BpmnModelInstance target,
                                  List<String> out) {
        items.stream().collect(Collectors.groupingBy(activity, Collectors.counting())).forEach((id, count) -> {
            if (count > 1) {
                out.add(name(target, id) + " (" + id + ") ×" + count);
            }
        });
    }

    private static List<MigrationEffect.Change> timers(Collection<InstanceWork.Timer> in,
                                                       Map<String, InstanceWork.Timer> notIn,
                                                       BpmnModelInstance model) {
        return in.stream().filter(t -> !notIn.containsKey(t.id()))
                .map(t -> new MigrationEffect.Change(t.activityId(), name(model, t.activityId()), t.dueDate()))
                .toList();
    }

    private static List<MigrationEffect.Change> tasks(Collection<InstanceWork.OpenTask> in,
                                                      Map<String, InstanceWork.OpenTask> notIn,
                                                      BpmnModelInstance model) {
        return in.stream().filter(t -> !notIn.containsKey(t.id()))
                .map(t -> new MigrationEffect.Change(t.activityId(), name(model, t.activityId()), null)).toList();
    }

    private static String name(BpmnModelInstance model, String activityId) {
        ModelElementInstance element = activityId == null ? null : model.getModelElementById(activityId);
        String name = element instanceof FlowElement flow ? flow.getName() : null;
        return name == null || name.isBlank() ? activityId : name;
    }
}
