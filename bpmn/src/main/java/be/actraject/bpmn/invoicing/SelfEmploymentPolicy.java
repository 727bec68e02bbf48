package be.actraject.bpmn.invoicing;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.Invoices;
import be.actraject.workflow.Phase;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When self-employment is within reach: the candidate's turnover over the last months — the issued invoices less their
 * issued credit notes, excluding VAT, from the first day of the month {@code months - 1} months back, this month
 * included — is at or above the cooperative's threshold.
 * <p>
 * Source: the domain document, phase 4 (invoicing): "when turnover is high enough they start as self-employed with
 * their own enterprise number". What "high enough" means is the cooperative's to say: the parameters
 * {@code self-employment-threshold} (euro, default 10,000) and {@code self-employment-months} (default 6) on the
 * settings page, read each time the rule is applied. The rule only signals; the exit decision stays the coach's.
 * <p>
 * The worklist, the dossier and the invoice approval all weigh the turnover through this class, so that they agree.
 */
@Component
public class SelfEmploymentPolicy {

    /**
     * One trajectory weighed: its turnover over the period, the period's length in months and the threshold (euro).
     */
    public record Reading(BigDecimal turnover, int months, BigDecimal threshold) {

        /** Whether the turnover reaches the threshold; reaching it exactly counts. */
        public boolean withinReach() {
            return reaches(turnover, threshold);
        }
    }

    private final Invoices invoices;
    private final TrajectoryParameters parameters;
    private final Clock clock;

    SelfEmploymentPolicy(Invoices invoices, TrajectoryParameters parameters, Clock clock) {
        this.invoices = invoices;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** How many months the period counts, this one included. */
    public int months() {
        return parameters.getSelfEmploymentMonths();
    }

    /** The first day of the period: the first of the month {@code months() - 1} months before today's. */
    public LocalDate periodStart() {
        return YearMonth.now(clock).minusMonths(months() - 1L).atDay(1);
    }

    /** Weighs one trajectory from its invoices, already read (any order, any status): no query. */
    public Reading weigh(List<Invoice> ofTrajectory) {
        return new Reading(Invoices.turnoverOf(ofTrajectory, periodStart()), months(),
                parameters.getSelfEmploymentThreshold());
    }

    /**
     * Of these trajectories, those within reach, each with its turnover over the period (euro); one query whatever
     * their number, none for an empty collection.
     */
    public Map<Long, BigDecimal> withinReach(Collection<Long> trajectoryIds) {
        BigDecimal threshold = parameters.getSelfEmploymentThreshold();
        return invoices.turnovers(trajectoryIds, periodStart()).entrySet().stream()
                .filter(e -> reaches(e.getValue(), threshold))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The running trajectories a coach coaches in the invoicing phase whose turnover over the period reaches the
     * threshold, by trajectory id with that turnover (euro, excluding VAT) — found from the period's invoices, so the
     * worklist's signal does not read the coach's whole caseload.
     */
    public Map<Long, BigDecimal> withinReachOfCoach(String coach) {
        BigDecimal threshold = parameters.getSelfEmploymentThreshold();
        return invoices.turnoversOfRunningCoachedIn(coach, Phase.INVOICING, periodStart()).entrySet().stream()
                .filter(e -> reaches(e.getValue(), threshold))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The rule itself: at or above the threshold, so that reaching it exactly counts. */
    private static boolean reaches(BigDecimal turnover, BigDecimal threshold) {
        return turnover.compareTo(threshold) >= 0;
    }
}
