package be.actraject.bpmn.models;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guarantee that a migration never fires an event twice. When the engine migrates an instance it creates, for
 * every timer of the target version whose scope is active and that has no migrated job, a new job ("emerging" event
 * handlers, Camunda 7 user guide, Process Instance Migration, "Adding and removing event handlers"). A
 * non-interrupting timer start event of an event sub-process or a non-interrupting boundary timer that has already
 * fired has no job any more, so the engine arms it again; its date is in the past and it fires at once: a second
 * limit warning, escalation, reminder or conversation. This removes, in the migration's own transaction, each timer
 * job the migration created whose event already fired in the scope instance that is still active (told by the
 * history: the event's activity instance started after that scope instance did). A timer the new version adds —
 * an event the source version does not have — is kept.
 *
 * <p>Needs the history at level {@code activity} or above (the application runs at {@code full}).
 */
final class RefiredTimers {

    private RefiredTimers() {
    }

    /**
     * @param created       the timer jobs the migration created (not present before it)
     * @param sourceOf      target activity id → the source activity it was mapped from
     * @param sourceModel   the source version, to know which events existed before
     * @param targetModel   the target version, to find each event's scope
     * @return the timers removed because their event already fired
     */
    static List<InstanceWork.Timer> remove(String processInstanceId, List<InstanceWork.Timer> created,
                                           Map<String, String> sourceOf, BpmnModelInstance sourceModel,
                                           BpmnModelInstance targetModel, HistoryService history,
                                           ManagementService management) {
        List<InstanceWork.Timer> removed = new ArrayList<>();
        for (InstanceWork.Timer timer : created) {
            String source = sourceOf.getOrDefault(timer.activityId(), timer.activityId());
            if (sourceModel.getModelElementById(source) == null) {
                continue; // an event the new version adds
            }
            Optional<Date> hostStarted = hostStarted(processInstanceId, timer.activityId(), sourceOf, targetModel,
                    history);
            if (hostStarted.isPresent() && firedSince(processInstanceId, source, timer.activityId(),
                    hostStarted.get(), history)) {
                management.deleteJob(timer.id());
                removed.add(timer);
            }
        }
        return removed;
    }

    /**
     * When the scope instance that arms this event started: the activity a boundary event is attached to, or the
     * scope around an event sub-process; empty for any other timer (an intermediate catch event is where the
     * instance waits, and its job migrates with it).
     */
    private static Optional<Date> hostStarted(String processInstanceId, String activityId,
                                              Map<String, String> sourceOf, BpmnModelInstance targetModel,
                                              HistoryService history) {
        ModelElementInstance event = targetModel.getModelElementById(activityId);
        ModelElementInstance host;
        if (event instanceof BoundaryEvent boundary) {
            host = boundary.getAttachedTo();
        } else if (event instanceof StartEvent start && start.getParentElement() instanceof SubProcess sub
                && sub.triggeredByEvent()) {
            host = sub.getParentElement();
        } else {
            return Optional.empty();
        }
        if (host instanceof Process) {
            HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            return Optional.ofNullable(process).map(HistoricProcessInstance::getStartTime);
        }
        String hostId = host.getAttributeValue("id");
        return instances(processInstanceId, hostId, sourceOf.getOrDefault(hostId, hostId), history).stream()
                .filter(a -> a.getEndTime() == null).map(HistoricActivityInstance::getStartTime)
                .min(Date::compareTo);
    }

    private static boolean firedSince(String processInstanceId, String source, String target, Date since,
                                      HistoryService history) {
        return instances(processInstanceId, source, target, history).stream()
                .anyMatch(a -> !a.getStartTime().before(since));
    }

    /** The history of an activity under its id in either version (finished ones keep the old id). */
    private static List<HistoricActivityInstance> instances(String processInstanceId, String targetId,
                                                            String sourceId, HistoryService history) {
        List<HistoricActivityInstance> found = new ArrayList<>(history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).activityId(targetId).list());
        if (!sourceId.equals(targetId)) {
            found.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                    .activityId(sourceId).list());
        }
        return found;
    }
}
