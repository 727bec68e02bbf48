package be.actraject.domain.earnings;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
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

/** Records the monthly statements and guards the cap. */
@Service
public class ExtraEarningsStatements {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(31 * 24);

    private final ExtraEarningsStatementRepository statements;
    private final Caseload caseload;
    private final Timeline timeline;
    private final Clock clock;

    public ExtraEarningsStatements(ExtraEarningsStatementRepository statements, Caseload caseload,
                                   Timeline timeline, Clock clock) {
        this.statements = statements;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The most that may be paid for these hours under the cap. */
    public static BigDecimal maximumFor(BigDecimal hours, BigDecimal capPerHour) {
        return hours.multiply(capPerHour).setScale(2, RoundingMode.DOWN);
    }

    @Transactional
    public ExtraEarningsStatement record(long trajectoryId, YearMonth month, BigDecimal hours, BigDecimal amount,
                                         BigDecimal capPerHour, Actor office) {
        if (!office.has(Role.OFFICE) && !office.has(Role.COORDINATOR)) {
            throw new NotPermittedException(office.userId(), "draw up extra-earnings statements");
        }
        caseload.trajectory(trajectoryId, office);
        if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0 || amount.signum() < 0) {
            throw new IllegalArgumentException("Hours between 0 and " + MAX_HOURS + ", amount not negative");
        }
        BigDecimal maximum = maximumFor(hours, capPerHour);
        if (amount.compareTo(maximum) > 0) {
            throw new ExtraEarningsAboveCapException(maximum);
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new StatementMonthNotBegunException(month.toString());
        }
        String key = month.toString();
        if (statements.existsByTrajectoryIdAndStatementMonth(trajectoryId, key)) {
            throw new StatementExistsException(key);
        }
        ExtraEarningsStatement saved = statements.save(new ExtraEarningsStatement(trajectoryId, key, hours,
                amount.setScale(2, RoundingMode.HALF_UP), capPerHour, office.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.EXTRA_EARNINGS_STATED, office.userId(), key);
        return saved;
    }

    @Transactional(readOnly = true)
    public List<ExtraEarningsStatement> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return statements.findByTrajectoryIdOrderByStatementMonthDesc(trajectoryId);
    }
}
