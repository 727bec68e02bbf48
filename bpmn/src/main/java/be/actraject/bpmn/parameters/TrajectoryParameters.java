package be.actraject.bpmn.parameters;

import be.actraject.domain.assessment.Scale;
import be.actraject.workflow.Phase;
import be.actraject.workflow.TimeLimit;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trajectory's parameters, with the defaults of the domain document. {@link #validate()} refuses impossible
 * values at start-up with a message that names the parameter, so that a wrong setting never reaches a timer.
 */
@Component("trajectoryParameters")
@ConfigurationProperties("actraject.trajectory")
public class TrajectoryParameters implements InitializingBean {

    /** Phases 1–3 together, from the date of entry. */
    private Period preInvoicingLimit = Period.ofMonths(6);
    /** Phase 4, from its start. */
    private Period invoicingLimit = Period.ofMonths(12);
    /** How long before a limit the coach is warned. */
    private Period limitWarning = Period.ofMonths(1);
    /** What a coordinator's extension at a limit proposes by default. */
    private Period limitExtension = Period.ofMonths(1);
    /** How often an individual conversation is due, per phase. */
    private Map<Phase, Period> conversationInterval = new EnumMap<>(Map.of(
            Phase.EXPLORATION, Period.ofDays(14), Phase.PROSPECTING, Period.ofDays(14),
            Phase.INVOICING, Period.ofMonths(1)));
    /** When the phase review is due after the phase starts (exploration, prospecting). */
    private Map<Phase, Period> reviewAfter = new EnumMap<>(Map.of(
            Phase.EXPLORATION, Period.ofMonths(2), Phase.PROSPECTING, Period.ofMonths(2)));
    /** How much later the review is due again when it extends the phase (prospecting, invoicing). */
    private Map<Phase, Period> extendBy = new EnumMap<>(Map.of(
            Phase.PROSPECTING, Period.ofMonths(1), Phase.INVOICING, Period.ofMonths(2)));
    /** When the monthly extra-earnings statement is due: a Spring cron expression (first of the month, 06:00). */
    private String extraEarningsCron = "0 0 6 1 * ?";
    /** The most a candidate may earn on top of their benefit, per hour worked, in euro. */
    private BigDecimal extraEarningsCapPerHour = new BigDecimal("2.00");
    /** How long after a payment reminder the invoice is looked at again. */
    private Period paymentReminderInterval = Period.ofDays(14);
    /**
     * The turnover (excluding VAT, less credit notes) over the last {@link #selfEmploymentMonths} months from which the
     * coach is told that self-employment is within reach.
     */
    private BigDecimal selfEmploymentThreshold = new BigDecimal("10000");
    private int selfEmploymentMonths = 6;
    /**
     * The follow-ups after an exit, as offsets from the exit date: the moments the survival figures report (3, 6, 12,
     * 24 and 36 months), so that a coach is asked at each of them.
     */
    private List<Period> aftercareFollowUps = new ArrayList<>(List.of(Period.ofMonths(3), Period.ofMonths(6),
            Period.ofMonths(12), Period.ofMonths(24), Period.ofMonths(36)));
    /** The hour of the day (cooperative time) at which limits, warnings and follow-ups fall due. */
    private int timerHour = 7;
    /** How long a task has before it is overdue, by task definition key; tasks not named get the default. */
    private Map<String, Period> taskDue = new HashMap<>();
    private Period defaultTaskDue = Period.ofDays(7);
    /** The Entre-spiegel scale. */
    private int entreSpiegelScaleMin = 1;
    private int entreSpiegelScaleMax = 5;

    @Override
    public void afterPropertiesSet() {
        validate();
    }

    /** Checks every value; runs once the configuration is bound, and in tests. */
    public void validate() {
        ParameterRules.check(this);
    }

    /** For the models: the timer cycle of the phase's individual conversations, such as {@code R/P14D}. */
    public String conversationCycle(String phase) {
        return "R/" + conversationInterval.get(Phase.valueOf(phase));
    }

    /** For the models: the timer of the monthly extra-earnings statement, as a cron expression. */
    public String extraEarningsCycle() {
        return extraEarningsCron;
    }

    /** For the models: how long after a payment reminder the invoice is looked at again, such as {@code P14D}. */
    public String paymentReminderWait() {
        return paymentReminderInterval.toString();
    }

    public Period getPaymentReminderInterval() {
        return paymentReminderInterval;
    }

    public void setPaymentReminderInterval(Period paymentReminderInterval) {
        this.paymentReminderInterval = paymentReminderInterval;
    }

    public BigDecimal getSelfEmploymentThreshold() {
        return selfEmploymentThreshold;
    }

    public void setSelfEmploymentThreshold(BigDecimal selfEmploymentThreshold) {
        this.selfEmploymentThreshold = selfEmploymentThreshold;
    }

    public int getSelfEmploymentMonths() {
        return selfEmploymentMonths;
    }

    public void setSelfEmploymentMonths(int selfEmploymentMonths) {
        this.selfEmploymentMonths = selfEmploymentMonths;
    }

    public Period limitLength(TimeLimit limit) {
        return limit == TimeLimit.PRE_INVOICING ? preInvoicingLimit : invoicingLimit;
    }

    public Period dueFor(String taskKey) {
        return taskDue.getOrDefault(taskKey, defaultTaskDue);
    }

    public Scale entreSpiegelScale() {
        return new Scale(entreSpiegelScaleMin, entreSpiegelScaleMax);
    }

    public Period getPreInvoicingLimit() {
        return preInvoicingLimit;
    }

    public void setPreInvoicingLimit(Period preInvoicingLimit) {
        this.preInvoicingLimit = preInvoicingLimit;
    }

    public Period getInvoicingLimit() {
        return invoicingLimit;
    }

    public void setInvoicingLimit(Period invoicingLimit) {
        this.invoicingLimit = invoicingLimit;
    }

    public Period getLimitWarning() {
        return limitWarning;
    }

    public void setLimitWarning(Period limitWarning) {
        this.limitWarning = limitWarning;
    }

    public Period getLimitExtension() {
        return limitExtension;
    }

    public void setLimitExtension(Period limitExtension) {
        this.limitExtension = limitExtension;
    }

    public Map<Phase, Period> getConversationInterval() {
        return conversationInterval;
    }

    public void setConversationInterval(Map<Phase, Period> conversationInterval) {
        this.conversationInterval = conversationInterval;
    }

    public Map<Phase, Period> getReviewAfter() {
        return reviewAfter;
    }

    public void setReviewAfter(Map<Phase, Period> reviewAfter) {
        this.reviewAfter = reviewAfter;
    }

    public Map<Phase, Period> getExtendBy() {
        return extendBy;
    }

    public void setExtendBy(Map<Phase, Period> extendBy) {
        this.extendBy = extendBy;
    }

    public String getExtraEarningsCron() {
        return extraEarningsCron;
    }

    public void setExtraEarningsCron(String extraEarningsCron) {
        this.extraEarningsCron = extraEarningsCron;
    }

    public BigDecimal getExtraEarningsCapPerHour() {
        return extraEarningsCapPerHour;
    }

    public void setExtraEarningsCapPerHour(BigDecimal extraEarningsCapPerHour) {
        this.extraEarningsCapPerHour = extraEarningsCapPerHour;
    }

    public List<Period> getAftercareFollowUps() {
        return aftercareFollowUps;
    }

    public void setAftercareFollowUps(List<Period> aftercareFollowUps) {
        this.aftercareFollowUps = aftercareFollowUps;
    }

    public int getTimerHour() {
        return timerHour;
    }

    public void setTimerHour(int timerHour) {
        this.timerHour = timerHour;
    }

    public Map<String, Period> getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(Map<String, Period> taskDue) {
        this.taskDue = taskDue;
    }

    public Period getDefaultTaskDue() {
        return defaultTaskDue;
    }

    public void setDefaultTaskDue(Period defaultTaskDue) {
        this.defaultTaskDue = defaultTaskDue;
    }

    public int getEntreSpiegelScaleMin() {
        return entreSpiegelScaleMin;
    }

    public void setEntreSpiegelScaleMin(int entreSpiegelScaleMin) {
        this.entreSpiegelScaleMin = entreSpiegelScaleMin;
    }

    public int getEntreSpiegelScaleMax() {
        return entreSpiegelScaleMax;
    }

    public void setEntreSpiegelScaleMax(int entreSpiegelScaleMax) {
        this.entreSpiegelScaleMax = entreSpiegelScaleMax;
    }
}
