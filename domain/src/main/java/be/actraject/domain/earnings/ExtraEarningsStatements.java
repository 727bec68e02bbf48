package be.actraject.domain.earnings;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.number.NumberKind;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The ledger of a candidate's extra earnings, one statement per month: the month's paid revenue (excluding VAT) and
 * costs, the cooperative's contribution and the balance carried from the month before give what is available; the
 * payout is the lesser of that and the hours × the cap ({@link MonthlyPayout}). Statements follow each other: one for
 * a month before the latest would break the balance carried forward.
 */
@Service
public class ExtraEarningsStatements {


    private final ExtraEarningsStatementRepository statements;
    private final Payments payments;
    private final ActivityCosts costs;
    private final Cooperative cooperative;
    private final Caseload caseload;
    private final Timeline timeline;
    private final Clock clock;

    public ExtraEarningsStatements(ExtraEarningsStatementRepository statements, Payments payments,
                                   ActivityCosts costs, Cooperative cooperative, Caseload caseload, Timeline timeline,
                                   Clock clock) {
        this.statements = statements;
        this.payments = payments;
        this.costs = costs;
        this.cooperative = cooperative;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The most that may be paid for these hours under the cap. */
    public static BigDecimal maximumFor(BigDecimal hours, BigDecimal capPerHour) {
        return hours.multiply(capPerHour).setScale(2, RoundingMode.DOWN);
    }

    /**
     * What the month's statement would say, without drawing it up: the office sees it before confirming. The running
     * month may be previewed too (the figures so far); only a month that is over can be drawn up.
     */
    @Transactional(readOnly = true)
    public MonthlyPayout preview(long trajectoryId, YearMonth month, BigDecimal hours, BigDecimal capPerHour,
                                 Actor actor) {
        requireOffice(actor);
        caseload.trajectory(trajectoryId, actor);
        return compute(trajectoryId, month, hours, capPerHour, true);
    }

    /**
     * Draws up the month's statement from the ledger.
     *
     * @throws IllegalArgumentException         for hours below 0 or above the month's
     * @throws StatementMonthNotBegunException  for a month not over yet
     * @throws StatementExistsException         when the month has its statement
     * @throws StatementOutOfOrderException     for a month before the latest statement
     */
    @Transactional
    public ExtraEarningsStatement draw(long trajectoryId, YearMonth month, BigDecimal hours, BigDecimal capPerHour,
                                       Actor actor) {
        requireOffice(actor);
        caseload.trajectory(trajectoryId, actor);
        MonthlyPayout payout = compute(trajectoryId, month, hours, capPerHour, false);
        ExtraEarningsStatement saved = statements.save(new ExtraEarningsStatement(trajectoryId, payout,
                cooperative.getContributionPercent(), capPerHour, actor.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.EXTRA_EARNINGS_STATED, actor.userId(), month.toString());
        return saved;
    }

    private MonthlyPayout compute(long trajectoryId, YearMonth month, BigDecimal hours, BigDecimal capPerHour,
                                  boolean runningMonthToo) {
        if (!NumberKind.HOURS.accepts(hours)) {
            throw new IllegalArgumentException("Hours between 0 and " + NumberKind.HOURS.maximum()
                    + " with at most " + NumberKind.HOURS.decimals() + " decimals: " + hours);
        }
        if (HoursAboveMonthException.above(month, hours)) {
            throw new HoursAboveMonthException(month, hours);
        }
        YearMonth current = YearMonth.now(clock);
        if (month.isAfter(current) || (month.equals(current) && !runningMonthToo)) {
            throw new StatementMonthNotBegunException(month.toString());
        }
        String key = month.toString();
        if (statements.existsByTrajectoryIdAndStatementMonth(trajectoryId, key)) {
            throw new StatementExistsException(key);
        }
        Optional<ExtraEarningsStatement> latest = statements.findFirstByTrajectoryIdOrderByStatementMonthDesc(
                trajectoryId);
        if (latest.isPresent() && YearMonth.parse(latest.get().getStatementMonth()).isAfter(month)) {
            throw new StatementOutOfOrderException(latest.get().getStatementMonth());
        }
        BigDecimal carriedIn = latest.map(ExtraEarningsStatement::getCarriedOut).orElse(BigDecimal.ZERO);
        return MonthlyPayout.compute(month, hours,
                payments.paidRevenue(trajectoryId, month.atDay(1), month.atEndOfMonth()),
                costs.of(trajectoryId, month), carriedIn, cooperative.getContributionPercent(), capPerHour);
    }

    private static void requireOffice(Actor actor) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "draw up extra-earnings statements");
        }
    }

    @Transactional(readOnly = true)
    public List<ExtraEarningsStatement> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return statements.findByTrajectoryIdOrderByStatementMonthDesc(trajectoryId);
    }

    /** One statement, if the actor may see its candidate. */
    @Transactional(readOnly = true)
    public ExtraEarningsStatement statement(long statementId, Actor actor) {
        ExtraEarningsStatement statement = statements.findById(statementId)
                .orElseThrow(() -> new StatementNotFoundException(statementId));
        caseload.trajectory(statement.getTrajectoryId(), actor);
        return statement;
    }
}
