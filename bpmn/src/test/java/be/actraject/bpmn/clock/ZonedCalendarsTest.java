package be.actraject.bpmn.clock;

import be.actraject.bpmn.parameters.CooperativeTime;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Due dates, durations and the cleanup window on the cooperative's clock, with the server's zone set to UTC. */
class ZonedCalendarsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

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

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2027-03-28T07:00, 2027-03-28T05:00:00Z",
        "2027-10-31T07:00, 2027-10-31T06:00:00Z",
        "2027-03-28T07:00+01:00, 2027-03-28T06:00:00Z",
        "2027-10-31, 2027-10-30T22:00:00Z"})
    void aDueDateWithoutOffsetIsBrusselsTimeOnTheDayOfAChange(String text, Instant moment) {
        Date due = new ZonedDueDateCalendar(BRUSSELS).resolveDuedate(text, (Date) null);

        assertThat(due.toInstant()).isEqualTo(moment);
    }

    @Test
    void aDurationOfDaysKeepsTheHourAcrossTheChangeToSummerTime() {
        Date start = Date.from(Instant.parse("2027-03-20T08:00:00Z"));

        Date due = new ZonedDurationCalendar(BRUSSELS).resolveDuedate("P14D", start);

        assertThat(due.toInstant()).isEqualTo(Instant.parse("2027-04-03T07:00:00Z"));
    }

    @Test
    void aDurationInHoursIsElapsedTime() {
        Date start = Date.from(Instant.parse("2027-03-27T23:00:00Z"));

        Date due = new ZonedDurationCalendar(BRUSSELS).resolveDuedate("PT5H", start);

        assertThat(due.toInstant()).isEqualTo(Instant.parse("2027-03-28T04:00:00Z"));
    }

    @Test
    void theTimersOfTheDossierFallAtTheTimerHourOnTheDayOfAChange() {
        CooperativeTime time = new CooperativeTime(Clock.system(BRUSSELS), new TrajectoryParameters());

        assertThat(time.morningOf(LocalDate.of(2027, 3, 28)).toInstant())
                .isEqualTo(Instant.parse("2027-03-28T05:00:00Z"));
        assertThat(time.morningOf(LocalDate.of(2027, 10, 31)).toInstant())
                .isEqualTo(Instant.parse("2027-10-31T06:00:00Z"));
    }

    @Test
    void theCleanupWindowIsTheNightInBrusselsAlsoTheNightOfTheChange() {
        var configuration = window("22:00", "06:00");
        var manager = new ZonedBatchWindowManager(BRUSSELS);

        BatchWindow night = manager.getCurrentOrNextBatchWindow(
                Date.from(Instant.parse("2027-03-27T12:00:00Z")), configuration);

        assertThat(night.getStart().toInstant()).isEqualTo(Instant.parse("2027-03-27T21:00:00Z"));
        assertThat(night.getEnd().toInstant()).isEqualTo(Instant.parse("2027-03-28T04:00:00Z"));
        assertThat(night.isWithin(Date.from(Instant.parse("2027-03-28T03:30:00Z")))).isTrue();
        assertThat(manager.getNextBatchWindow(Date.from(Instant.parse("2027-03-27T23:00:00Z")), configuration)
                .getStart().toInstant()).isEqualTo(Instant.parse("2027-03-28T20:00:00Z"));
    }

    @Test
    void aWindowWithAnOffsetIsRefused() {
        assertThatThrownBy(() -> ZonedBatchWindowManager.time("22:00+0100"))
                .hasMessageContaining("cooperative's clock (HH:mm)");
    }

    private static StandaloneInMemProcessEngineConfiguration window(String start, String end) {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setHistoryCleanupBatchWindowStartTime(start);
        configuration.setHistoryCleanupBatchWindowEndTime(end);
        return configuration;
    }
}
