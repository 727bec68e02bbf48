package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.AftercareSchedules;
import be.actraject.domain.settings.ParameterChanges;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a change of the parameter {@code aftercare-follow-ups} applies to aftercare that starts after it. An
 * aftercare already running keeps the follow-ups its timers were made from, and the agenda (and the status's next
 * follow-up, which reads the same {@link AftercareSchedules}) shows those: kept with the trajectory at the start,
 * or — for an exit from before they were kept — the parameter's value on the exit day, from its history.
 */
@SpringBootTest
@Transactional
class AftercareScheduleAfterAParameterChangeTest {

    private static final List<Period> OLD = List.of(Period.ofMonths(3), Period.ofMonths(6), Period.ofMonths(12));
    private static final List<Period> NEW = List.of(Period.ofDays(1), Period.ofMonths(3), Period.ofMonths(12));

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    Agenda agenda;
    @Autowired
    AftercareSchedules schedules;
    @Autowired
    ParameterChanges changes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Trajectory exited() {
        String number = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Ilse", "Peeters", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        progress.end(t.getId(), ExitType.SALARIED, "Werk gevonden");
        return t;
    }

    /** The follow-up offsets of the trajectory the coach's agenda shows in the next thirteen months. */
    private List<String> agendaOffsets(Trajectory t, List<Period> current) {
        return agenda.between(COACH, today(), today().plusMonths(13), current).stream()
                .filter(i -> i.kind() == AgendaItem.Kind.AFTERCARE_FOLLOW_UP)
                .filter(i -> i.uid().startsWith("aftercare-" + t.getId() + "-"))
                .map(AgendaItem::detail).toList();
    }

    private static List<String> texts(List<Period> schedule) {
        return schedule.stream().map(Period::toString).toList();
    }

    @Test
    void anAftercareStartedBeforeTheChangeKeepsItsScheduleAndANewOneTakesTheNew() {
        Trajectory before = exited();
        progress.startAftercare(before.getId(), OLD);
        changes.record(AftercareSchedules.PARAMETER, "P3M,P6M,P12M", "P1D,P3M,P12M", "Sneller opvolgen", "coordinator",
                clock.instant());
        Trajectory after = exited();
        progress.startAftercare(after.getId(), NEW);

        assertThat(agendaOffsets(before, NEW)).containsExactlyElementsOf(texts(OLD));
        assertThat(agendaOffsets(after, NEW)).containsExactlyElementsOf(texts(NEW));
        assertThat(schedules.of(before, NEW)).isEqualTo(OLD);
        assertThat(schedules.of(after, NEW)).isEqualTo(NEW);
    }

    @Test
    void anExitLongAgoOnALongScheduleStillBringsItsFollowUpWhileOlderExitsAreNotReadAtAll() {
        // Once the schedule had a follow-up after 50 months; it is back to 3, 6 and 12 months now.
        changes.record(AftercareSchedules.PARAMETER, "P3M,P6M,P12M", "P3M,P50M", "Langer opvolgen", "coordinator",
                clock.instant());
        Trajectory longAgo = exited();
        progress.startAftercare(longAgo.getId(), List.of(Period.ofMonths(3), Period.ofMonths(50)));
        changes.record(AftercareSchedules.PARAMETER, "P3M,P50M", "P3M,P6M,P12M", "Terug", "coordinator",
                clock.instant());
        Trajectory older = exited();
        progress.startAftercare(older.getId(), OLD);
        // No service backdates an exit; only its day matters here.
        entities.flush();
        jdbc.update("update trajectory set end_date = ? where id = ?", today().minusMonths(48), longAgo.getId());
        jdbc.update("update trajectory set end_date = ? where id = ?", today().minusMonths(60), older.getId());
        entities.clear();

        assertThat(agendaOffsets(longAgo, OLD)).as("due 2 months from now, on the schedule it started with")
                .containsExactly("P50M");
        LocalDate since = schedules.earliestExitWithFollowUpsFrom(today(), OLD);
        assertThat(since).isEqualTo(today().minusMonths(50));
        for (Actor reader : List.of(COORDINATOR, COACH)) {
            entities.clear();
            agenda.between(reader, today(), today().plusMonths(13), OLD);
            assertThat(LoadedEntities.ids(entities, Trajectory.class)).as(reader.userId())
                    .contains(longAgo.getId()).doesNotContain(older.getId());
        }
    }

    @Test
    void aSecondStartOfTheSameAftercareKeepsTheFirstSchedule() {
        Trajectory t = exited();
        progress.startAftercare(t.getId(), OLD);

        assertThat(progress.startAftercare(t.getId(), NEW)).isEqualTo(OLD);
        assertThat(agendaOffsets(t, NEW)).containsExactlyElementsOf(texts(OLD));
    }

    @Test
    void anExitFromBeforeTheScheduleWasKeptTakesTheParametersValueOnItsExitDay() {
        Trajectory t = exited();
        changes.record(AftercareSchedules.PARAMETER, "P3M,P6M,P12M", "P1D,P3M,P12M", "Sneller opvolgen", "coordinator",
                clock.instant());
        changes.record(AftercareSchedules.PARAMETER, "P1D,P3M,P12M", "P2D,P3M", "Nog sneller", "coordinator",
                clock.instant());

        assertThat(agendaOffsets(t, List.of(Period.ofDays(2), Period.ofMonths(3)))).containsExactlyElementsOf(texts(OLD));
    }

    @Test
    void anExitFromBeforeTheScheduleWasKeptWithoutAChangeSinceTakesTheCurrentOne() {
        Trajectory t = exited();

        assertThat(agendaOffsets(t, NEW)).containsExactlyElementsOf(texts(NEW));
    }
}
