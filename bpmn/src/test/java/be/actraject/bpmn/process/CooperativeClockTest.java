package be.actraject.bpmn.process;

import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's timers on the cooperative's clock while the server runs on UTC (issue 14): the monthly statement
 * at 06:00 Brussels time in winter and in summer and across both changes of 2027 (28 March, 31 October), and the
 * conversation cycles keeping their time of day across a change.
 */
class CooperativeClockTest extends ProcessTestSupport {

    private static final String STATEMENT_TIMER = "Start_ExtraEarningsDue";
    private static final String INVOICING_CONVERSATION_TIMER = "Start_InvoicingConversationDue";

    private TimeZone serverZone;

    @BeforeEach
    void serverOnUtc() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void serverZoneBack() {
        TimeZone.setDefault(serverZone);
    }

    @ParameterizedTest(name = "started {0}: statement due {1}")
    @CsvSource({
        "2026-12-15T10:00, 2027-01-01T05:00:00Z",
        "2027-06-15T10:00, 2027-07-01T04:00:00Z",
        "2027-03-20T10:00, 2027-04-01T04:00:00Z",
        "2027-10-20T10:00, 2027-11-01T05:00:00Z"})
    void theStatementIsDueAtSixInTheMorningBrusselsTime(LocalDateTime started, Instant due) {
        clockAt(started);
        startInvoicing();

        assertThat(dueOf(STATEMENT_TIMER)).isEqualTo(due);
    }

    @Test
    void theNextStatementStaysAtSixAcrossTheChangeToSummerTime() {
        clockAt(LocalDateTime.of(2027, 2, 15, 10, 0));
        startInvoicing();

        moveClockTo(at(LocalDateTime.of(2027, 3, 1, 6, 0)));

        assertThat(openTasks(UserTask.EXTRA_EARNINGS_STATEMENT)).hasSize(1);
        assertThat(dueOf(STATEMENT_TIMER)).isEqualTo(Instant.parse("2027-04-01T04:00:00Z"));
    }

    @Test
    void aMonthlyConversationKeepsItsHourAcrossTheChangeToSummerTimeAndFiresOnce() {
        clockAt(LocalDateTime.of(2027, 3, 20, 9, 0));
        startInvoicing();
        assertThat(dueOf(INVOICING_CONVERSATION_TIMER)).isEqualTo(Instant.parse("2027-04-20T07:00:00Z"));

        moveClockTo(at(LocalDateTime.of(2027, 4, 20, 9, 0)));

        assertThat(openTasks(UserTask.INDIVIDUAL_CONVERSATION)).hasSize(1);
        assertThat(dueOf(INVOICING_CONVERSATION_TIMER)).isEqualTo(Instant.parse("2027-05-20T07:00:00Z"));
    }

    @Test
    void aFortnightlyConversationKeepsItsHourAcrossTheChangeToWinterTime() {
        clockAt(LocalDateTime.of(2027, 10, 20, 9, 0));
        engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.EXPLORATION, Long.toString(TRAJECTORY),
                Map.of(Variables.TRAJECTORY_ID, TRAJECTORY));

        assertThat(dueOf("Start_ExplorationConversationDue")).isEqualTo(Instant.parse("2027-11-03T08:00:00Z"));
    }

    private void clockAt(LocalDateTime brusselsTime) {
        ClockUtil.setCurrentTime(at(brusselsTime));
    }

    private void startInvoicing() {
        engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.INVOICING, Long.toString(TRAJECTORY),
                Map.of(Variables.TRAJECTORY_ID, TRAJECTORY));
    }

    private Instant dueOf(String timerActivity) {
        Job job = engine.getManagementService().createJobQuery().activityId(timerActivity).singleResult();
        assertThat(job).as("the timer of " + timerActivity).isNotNull();
        return job.getDuedate().toInstant();
    }
}
