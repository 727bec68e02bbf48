package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.EngineElement;
import be.actraject.workflow.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@link StuckKind#UNSENT_MESSAGE}: an instance waiting for a message no code sends. Only the messages named in
 * workflow-model's {@link Messages} are correlated by the application; a wait for any other lasts forever.
 */
@Component
class UnsentMessageCheck implements StuckCheck {

    private final RuntimeService runtime;

    UnsentMessageCheck(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public StuckKind kind() {
        return StuckKind.UNSENT_MESSAGE;
    }

    @Override
    public List<StuckItem> find(WatchSnapshot snapshot) {
        return runtime.createEventSubscriptionQuery().eventType("message").list().stream()
                .filter(subscription -> !Messages.ALL.contains(subscription.getEventName()))
                .map(subscription -> StuckItem.unsentMessage(snapshot.dossierOf(subscription.getProcessInstanceId()),
                        EngineElement.waiting(subscription.getProcessInstanceId(), subscription.getActivityId()),
                        subscription.getCreated().toInstant(), subscription.getEventName()))
                .toList();
    }
}
