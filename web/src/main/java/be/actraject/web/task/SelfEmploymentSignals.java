package be.actraject.web.task;

import be.actraject.bpmn.invoicing.SelfEmploymentPolicy;
import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which of a coach's own candidates in the invoicing phase have self-employment within reach by the
 * {@link SelfEmploymentPolicy}: the signal on the coach's worklist. Two queries whatever the caseload — the period's
 * invoices of the coach's running candidates in invoicing, then the trajectories within reach; nothing for those who
 * coach no one.
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
        Map<Long, BigDecimal> withinReach = policy.withinReachOfCoach(actor.userId());
        if (withinReach.isEmpty()) {
            return List.of();
        }
        return caseload.byIds(withinReach.keySet()).values().stream()
                .sorted(Comparator.comparing((Trajectory t) -> t.getCandidate().getLastName())
                        .thenComparing(t -> t.getCandidate().getFirstName()).thenComparing(Trajectory::getId))
                .map(t -> new Signal(t.getCandidate().getId(), t.getCandidate().fullName(), withinReach.get(t.getId())))
                .toList();
    }

    int months() {
        return policy.months();
    }
}
