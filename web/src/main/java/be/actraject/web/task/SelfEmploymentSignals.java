package be.actraject.web.task;

import be.actraject.bpmn.invoicing.SelfEmploymentPolicy;
import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Which of a coach's own candidates in the invoicing phase have self-employment within reach by the
 * {@link SelfEmploymentPolicy}: the signal on the coach's worklist. Two queries whatever the caseload; nothing for
 * those who coach no one.
 */
@Component
class SelfEmploymentSignals {

    /** One candidate within reach of self-employment, with the turnover over the period (euro). */
    record Signal(long candidateId, String candidateName, BigDecimal turnover) {
    }

    private final Caseload caseload;
    private final SelfEmploymentPolicy policy;

    SelfEmploymentSignals(Caseload caseload, SelfEmploymentPolicy policy) {
        this.caseload = caseload;
        this.policy = policy;
    }

    List<Signal> of(Actor actor) {
        if (!actor.has(Role.COACH)) {
            return List.of();
        }
        List<Trajectory> invoicing = caseload.runningCoachedByIn(actor.userId(), Phase.INVOICING);
        if (invoicing.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> withinReach = policy.withinReach(invoicing.stream().map(Trajectory::getId).toList());
        return invoicing.stream()
                .filter(t -> withinReach.containsKey(t.getId()))
                .map(t -> new Signal(t.getCandidate().getId(), t.getCandidate().fullName(), withinReach.get(t.getId())))
                .toList();
    }

    int months() {
        return policy.months();
    }
}
