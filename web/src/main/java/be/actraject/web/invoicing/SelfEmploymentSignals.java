package be.actraject.web.invoicing;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Which of a coach's own candidates in the invoicing phase have a turnover over the last months above the cooperative's
 * threshold: the signal, on the coach's worklist, that self-employment is within reach. Two queries whatever the
 * caseload; nothing for those who coach no one.
 */
@Component
public class SelfEmploymentSignals {

    /** One candidate within reach of self-employment. */
    public record Signal(long candidateId, String candidateName, BigDecimal turnover) {
    }

    private final Caseload caseload;
    private final Invoices invoices;
    private final TrajectoryParameters parameters;
    private final Clock clock;

    SelfEmploymentSignals(Caseload caseload, Invoices invoices, TrajectoryParameters parameters, Clock clock) {
        this.caseload = caseload;
        this.invoices = invoices;
        this.parameters = parameters;
        this.clock = clock;
    }

    public List<Signal> of(Actor actor) {
        if (!actor.has(Role.COACH)) {
            return List.of();
        }
        List<Trajectory> invoicing = caseload.coachedBy(actor.userId()).stream()
                .filter(t -> t.isActive() && t.getPhase() == Phase.INVOICING).toList();
        if (invoicing.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> turnovers = invoices.turnovers(invoicing.stream().map(Trajectory::getId).toList(),
                YearMonth.now(clock).minusMonths(parameters.getSelfEmploymentMonths() - 1L).atDay(1));
        BigDecimal threshold = parameters.getSelfEmploymentThreshold();
        return invoicing.stream()
                .filter(t -> turnovers.getOrDefault(t.getId(), BigDecimal.ZERO).compareTo(threshold) >= 0)
                .map(t -> new Signal(t.getCandidate().getId(), t.getCandidate().fullName(), turnovers.get(t.getId())))
                .toList();
    }

    public int months() {
        return parameters.getSelfEmploymentMonths();
    }
}
