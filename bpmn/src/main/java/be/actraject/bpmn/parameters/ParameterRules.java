package be.actraject.bpmn.parameters;

import be.actraject.workflow.Phase;
import org.springframework.scheduling.support.CronExpression;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The rules {@link TrajectoryParameters#validate()} applies, apart from the values they judge: each refusal names the
 * parameter as it is written in the configuration, so a wrong setting is found at start-up, not when a timer fires.
 */
final class ParameterRules {

    /** Any fixed day does: periods of months are compared by where they land from it. */
    private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

    private ParameterRules() {
    }

    /** @throws InvalidParameterException naming the first parameter whose value is impossible */
    static void check(TrajectoryParameters p) {
        checkLimits(p);
        checkPhasePeriods(p);
        p.getTaskDue().forEach((key, period) -> positive("task-due." + key, period));
        checkEarnings(p);
        checkAftercare(p.getAftercareFollowUps());
        if (p.getTimerHour() < 0 || p.getTimerHour() > 23) {
            throw new InvalidParameterException("timer-hour", "must be an hour of the day (0-23)");
        }
        try {
            p.entreSpiegelScale();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("entre-spiegel-scale-min/max", e.getMessage());
        }
    }

    /** The warning must come before the limit it warns of, or it would never be given. */
    private static void checkLimits(TrajectoryParameters p) {
        positive("pre-invoicing-limit", p.getPreInvoicingLimit());
        positive("invoicing-limit", p.getInvoicingLimit());
        positive("limit-warning", p.getLimitWarning());
        positive("limit-extension", p.getLimitExtension());
        positive("default-task-due", p.getDefaultTaskDue());
        for (var limit : Map.of("pre-invoicing-limit", p.getPreInvoicingLimit(),
                "invoicing-limit", p.getInvoicingLimit()).entrySet()) {
            if (!REFERENCE.plus(p.getLimitWarning()).isBefore(REFERENCE.plus(limit.getValue()))) {
                throw new InvalidParameterException("limit-warning",
                        "must be shorter than " + limit.getKey() + " (" + limit.getValue() + ")");
            }
        }
    }

    /** Every phase whose model has the timer needs its period. */
    private static void checkPhasePeriods(TrajectoryParameters p) {
        for (Phase phase : List.of(Phase.EXPLORATION, Phase.PROSPECTING, Phase.INVOICING)) {
            positive("conversation-interval." + phase,
                    required("conversation-interval", p.getConversationInterval(), phase));
        }
        for (Phase phase : List.of(Phase.EXPLORATION, Phase.PROSPECTING)) {
            positive("review-after." + phase, required("review-after", p.getReviewAfter(), phase));
        }
        for (Phase phase : List.of(Phase.PROSPECTING, Phase.INVOICING)) {
            positive("extend-by." + phase, required("extend-by", p.getExtendBy(), phase));
        }
    }

    private static void checkEarnings(TrajectoryParameters p) {
        if (!CronExpression.isValidExpression(p.getExtraEarningsCron().replace('?', '*'))) {
            throw new InvalidParameterException("extra-earnings-cron",
                    "is not a cron expression: " + p.getExtraEarningsCron());
        }
        if (p.getExtraEarningsCapPerHour() == null || p.getExtraEarningsCapPerHour().signum() < 0) {
            throw new InvalidParameterException("extra-earnings-cap-per-hour", "must be zero or more");
        }
        positive("payment-reminder-interval", p.getPaymentReminderInterval());
        if (p.getSelfEmploymentThreshold() == null || p.getSelfEmploymentThreshold().signum() <= 0) {
            throw new InvalidParameterException("self-employment-threshold", "must be more than zero");
        }
        if (p.getSelfEmploymentMonths() < 1 || p.getSelfEmploymentMonths() > 36) {
            throw new InvalidParameterException("self-employment-months", "must be between 1 and 36");
        }
    }

    /** The follow-ups are planned in order; one that does not come later would fall on or before the previous. */
    private static void checkAftercare(List<Period> followUps) {
        if (followUps.isEmpty()) {
            throw new InvalidParameterException("aftercare-follow-ups", "needs at least one follow-up");
        }
        LocalDate previous = REFERENCE;
        for (Period p : followUps) {
            positive("aftercare-follow-ups", p);
            if (!REFERENCE.plus(p).isAfter(previous)) {
                throw new InvalidParameterException("aftercare-follow-ups", "must be in increasing order");
            }
            previous = REFERENCE.plus(p);
        }
    }

    private static Period required(String name, Map<Phase, Period> map, Phase phase) {
        Period p = map.get(phase);
        if (p == null) {
            throw new InvalidParameterException(name + "." + phase, "is missing");
        }
        return p;
    }

    private static void positive(String name, Period period) {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new InvalidParameterException(name, "must be a positive period, not " + period);
        }
    }
}
