package be.actraject.domain.earnings;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.number.NumberKind;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The costs of a candidate's activity, recorded by whoever does invoicing work for the candidate
 * ({@link DossierChange#INVOICING}). A cost in a month whose statement is drawn up is refused: that statement would
 * no longer say what was paid.
 */
@Service
public class ActivityCosts {

    private final ActivityCostRepository costs;
    private final ExtraEarningsStatementRepository statements;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Clock clock;

    public ActivityCosts(ActivityCostRepository costs, ExtraEarningsStatementRepository statements,
                         Caseload caseload, DossierChanges changes, Timeline timeline, Clock clock) {
        this.changes = changes;
        this.timeline = timeline;
        this.costs = costs;
        this.statements = statements;
        this.caseload = caseload;
        this.clock = clock;
    }

    /**
     * @throws InvalidCostException for a missing description, an amount that is not positive, or a wrong date
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does no invoicing work
     * @throws be.actraject.domain.access.NotInCaseloadException for a candidate outside the actor's caseload
     */
    @Transactional
    public ActivityCost record(long trajectoryId, LocalDate spentOn, String description, BigDecimal amount,
                               Actor actor) {
        changes.activeTrajectory(trajectoryId, DossierChange.INVOICING, actor);
        if (description == null || description.isBlank() || description.strip().length() > 300) {
            throw new InvalidCostException(InvalidCostException.Reason.DESCRIPTION);
        }
        if (!NumberKind.MONEY.accepts(amount) || amount.signum() == 0) {
            throw new InvalidCostException(InvalidCostException.Reason.AMOUNT);
        }
        if (spentOn == null || spentOn.isAfter(LocalDate.now(clock)) || statements
                .findFirstByTrajectoryIdOrderByStatementMonthDesc(trajectoryId)
                .filter(s -> !YearMonth.from(spentOn).isAfter(YearMonth.parse(s.getStatementMonth()))).isPresent()) {
            throw new InvalidCostException(InvalidCostException.Reason.DATE);
        }
        ActivityCost saved = costs.save(new ActivityCost(trajectoryId, spentOn, description.strip(),
                NumberKind.MONEY.stored(amount), actor.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.COST_RECORDED, actor.userId(), saved.getAmount().toPlainString());
        return saved;
    }

    @Transactional(readOnly = true)
    public List<ActivityCost> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return costs.findByTrajectoryIdOrderBySpentOnDescIdDesc(trajectoryId);
    }

    /** The costs of one month, summed. */
    @Transactional(readOnly = true)
    public BigDecimal of(long trajectoryId, YearMonth month) {
        return costs.findByTrajectoryIdAndSpentOnBetween(trajectoryId, month.atDay(1), month.atEndOfMonth()).stream()
                .map(ActivityCost::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
