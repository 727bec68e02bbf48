package be.actraject.bpmn.parameters;

import be.actraject.domain.number.NumberKind;
import be.actraject.workflow.Phase;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parameters a coordinator may change on the settings page, each with how its value is written, read and applied,
 * and whom a change affects — as the code behaves: a limit's last day, a phase's conversation timer, a warning and a
 * follow-up schedule are fixed when they start, so a change reaches new ones only; the cap, the signal and the
 * reminder interval are read each time they are used.
 */
public enum Parameter {
    PRE_INVOICING_LIMIT("pre-invoicing-limit", Type.PERIOD, Effect.NEW_ONLY,
            p -> p.getPreInvoicingLimit().toString(), (p, v) -> p.setPreInvoicingLimit(Period.parse(v))),
    INVOICING_LIMIT("invoicing-limit", Type.PERIOD, Effect.NEW_ONLY,
            p -> p.getInvoicingLimit().toString(), (p, v) -> p.setInvoicingLimit(Period.parse(v))),
    LIMIT_WARNING("limit-warning", Type.PERIOD, Effect.NEW_ONLY,
            p -> p.getLimitWarning().toString(), (p, v) -> p.setLimitWarning(Period.parse(v))),
    CONVERSATION_INTERVAL_EXPLORATION("conversation-interval.exploration", Type.PERIOD, Effect.NEW_ONLY,
            p -> p.getConversationInterval().get(Phase.EXPLORATION).toString(),
            (p, v) -> p.setConversationInterval(with(p.getConversationInterval(), Phase.EXPLORATION, v))),
    CONVERSATION_INTERVAL_PROSPECTING("conversation-interval.prospecting", Type.PERIOD, Effect.NEW_ONLY,
            p -> p.getConversationInterval().get(Phase.PROSPECTING).toString(),
            (p, v) -> p.setConversationInterval(with(p.getConversationInterval(), Phase.PROSPECTING, v))),
    CONVERSATION_INTERVAL_INVOICING("conversation-interval.invoicing", Type.PERIOD, Effect.NEW_ONLY,
            p -> p.getConversationInterval().get(Phase.INVOICING).toString(),
            (p, v) -> p.setConversationInterval(with(p.getConversationInterval(), Phase.INVOICING, v))),
    REVIEW_AFTER_EXPLORATION("review-after.exploration", Type.PERIOD, Effect.NEW_ONLY,
            p -> p.getReviewAfter().get(Phase.EXPLORATION).toString(),
            (p, v) -> p.setReviewAfter(with(p.getReviewAfter(), Phase.EXPLORATION, v))),
    REVIEW_AFTER_PROSPECTING("review-after.prospecting", Type.PERIOD, Effect.NEW_ONLY,
            p -> p.getReviewAfter().get(Phase.PROSPECTING).toString(),
            (p, v) -> p.setReviewAfter(with(p.getReviewAfter(), Phase.PROSPECTING, v))),
    AFTERCARE_FOLLOW_UPS("aftercare-follow-ups", Type.PERIODS, Effect.NEW_ONLY,
            p -> p.getAftercareFollowUps().stream().map(Period::toString).collect(Collectors.joining(",")),
            (p, v) -> p.setAftercareFollowUps(Arrays.stream(v.split(",")).map(String::strip).map(Period::parse)
                    .collect(Collectors.toList()))),
    DEFAULT_TASK_DUE("default-task-due", Type.PERIOD, Effect.NEW_ONLY,
            p -> p.getDefaultTaskDue().toString(), (p, v) -> p.setDefaultTaskDue(Period.parse(v))),
    EXTRA_EARNINGS_CAP_PER_HOUR("extra-earnings-cap-per-hour", Type.AMOUNT, Effect.RUNNING,
            p -> p.getExtraEarningsCapPerHour().toPlainString(),
            (p, v) -> p.setExtraEarningsCapPerHour(money(v))),
    SELF_EMPLOYMENT_THRESHOLD("self-employment-threshold", Type.AMOUNT, Effect.RUNNING,
            p -> p.getSelfEmploymentThreshold().toPlainString(),
            (p, v) -> p.setSelfEmploymentThreshold(money(v))),
    SELF_EMPLOYMENT_MONTHS("self-employment-months", Type.NUMBER, Effect.RUNNING,
            p -> Integer.toString(p.getSelfEmploymentMonths()), (p, v) -> p.setSelfEmploymentMonths(Integer.parseInt(v))),
    PAYMENT_REMINDER_INTERVAL("payment-reminder-interval", Type.PERIOD, Effect.RUNNING,
            p -> p.getPaymentReminderInterval().toString(), (p, v) -> p.setPaymentReminderInterval(Period.parse(v))),
    /** Each assessment keeps the scale it was scored on, so a new scale reaches the assessments recorded after. */
    ENTRE_SPIEGEL_SCALE("entre-spiegel-scale", Type.RANGE, Effect.NEW_ONLY,
            p -> p.getEntreSpiegelScaleMin() + "-" + p.getEntreSpiegelScaleMax(), (p, v) -> {
                String[] bounds = v.split("-", 2);
                p.setEntreSpiegelScaleMin(Integer.parseInt(bounds[0].strip()));
                p.setEntreSpiegelScaleMax(Integer.parseInt(bounds[1].strip()));
            });

    /** How a value is written. */
    public enum Type { PERIOD, PERIODS, AMOUNT, NUMBER, RANGE }

    /** Whom a change reaches. */
    public enum Effect {
        /** Only what starts after the change: running trajectories keep what they started with. */
        NEW_ONLY,
        /** Running trajectories too, from the next time it is used. */
        RUNNING
    }

    private final String key;
    private final Type type;
    private final Effect effect;
    private final Function<TrajectoryParameters, String> read;
    private final BiConsumer<TrajectoryParameters, String> write;

    Parameter(String key, Type type, Effect effect, Function<TrajectoryParameters, String> read,
              BiConsumer<TrajectoryParameters, String> write) {
        this.key = key;
        this.type = type;
        this.effect = effect;
        this.read = read;
        this.write = write;
    }

    private static Map<Phase, Period> with(Map<Phase, Period> current, Phase phase, String value) {
        Map<Phase, Period> changed = new EnumMap<>(Phase.class);
        changed.putAll(current);
        changed.put(phase, Period.parse(value));
        return changed;
    }

    /** An amount written plainly ({@code 2.00}), of the kind money: not negative, to the cent. */
    private static BigDecimal money(String value) {
        BigDecimal amount = new BigDecimal(value);
        if (!NumberKind.MONEY.accepts(amount)) {
            throw new IllegalArgumentException("Not an amount to the cent: " + value);
        }
        return amount;
    }

    /** The property name under {@code actraject.trajectory.}. */
    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public Effect effect() {
        return effect;
    }

    public String valueIn(TrajectoryParameters parameters) {
        return read.apply(parameters);
    }

    /** Writes the value; a value that does not parse throws {@link RuntimeException}. */
    void writeTo(TrajectoryParameters parameters, String value) {
        write.accept(parameters, value.strip());
    }

    public static Optional<Parameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    public static List<Parameter> all() {
        return List.of(values());
    }
}
