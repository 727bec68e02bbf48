package be.actraject.domain.figures;

import be.actraject.domain.fixtures.MovableClock;
import be.actraject.domain.DomainTestApplication;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.TimeLimits;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static be.actraject.domain.figures.FiguresContract.COORDINATOR;
import static be.actraject.domain.figures.FiguresContract.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The participant list of 2025 on {@link FiguresFixture}: every trajectory active in the year (entered before its end,
 * not exited before its start), agreeing with the figures' drill-downs for the entries and the exits, and the export's
 * audit entry. Run on H2 and PostgreSQL.
 */
@SpringBootTest(classes = {DomainTestApplication.class, FiguresContract.Time.class})
@Transactional
abstract class FunderReportsContract {

    @Autowired
    MovableClock clock;
    @Autowired
    EntityManager entities;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    TimeLimits limits;
    @Autowired
    LearningGroups groups;
    @Autowired
    Customers customers;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    Figures figures;
    @Autowired
    FunderReports reports;
    @Autowired
    JdbcTemplate jdbc;

    FiguresFixture fx;

    @BeforeEach
    void theFixture() {
        fx = new FiguresFixture(clock, registration, progress, limits, groups, customers, invoices, issuing);
        fx.play(entities);
    }

    @Test
    void theListHoldsEveryTrajectoryActiveInThePeriodOnceByDateOfEntry() {
        List<Participant> list = reports.participants(YEAR, COORDINATOR);

        // T10 ended in 2024, T12 entered in 2026; the others were active some day of 2025.
        assertThat(list).extracting(Participant::trajectoryId)
                .containsExactlyInAnyOrderElementsOf(fx.ids(1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 14, 15));
        assertThat(list).extracting(Participant::entered).isSorted();
    }

    @Test
    void itsEntriesAndExitsAreTheFiguresDrillDowns() {
        List<Participant> list = reports.participants(YEAR, COORDINATOR);

        assertThat(list.stream().filter(p -> !p.entered().isBefore(YEAR.from())).map(Participant::trajectoryId))
                .containsExactlyInAnyOrderElementsOf(
                        figures.trajectories(Figure.ENTRIES, Figure.ALL, YEAR, FigureFilter.NONE, COORDINATOR));
        for (ExitType type : ExitType.values()) {
            assertThat(list.stream().filter(p -> p.exitType() == type).map(Participant::trajectoryId))
                    .as(type.name()).containsExactlyInAnyOrderElementsOf(figures.trajectories(
                            Figure.EXITS_BY_TYPE, type.name(), YEAR, FigureFilter.NONE, COORDINATOR));
        }
    }

    @Test
    void eachLineSaysDatesPhaseReachedAndExitAsTheDossierDoes() {
        Map<Long, Participant> byId = reports.participants(YEAR, COORDINATOR).stream()
                .collect(Collectors.toMap(Participant::trajectoryId, Function.identity()));

        Participant t1 = byId.get(fx.t(1));
        assertThat(t1.firstName()).isEqualTo("Kandidaat");
        assertThat(t1.lastName()).isEqualTo("T1");
        assertThat(t1.jobSeekerNumber()).startsWith("FIG1X");
        assertThat(t1.entered()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(t1.exited()).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(t1.phaseReached()).isEqualTo(Phase.INVOICING);
        assertThat(t1.exitType()).isEqualTo(ExitType.SELF_EMPLOYED);
        Participant t4 = byId.get(fx.t(4));
        assertThat(t4.phaseReached()).as("reoriented in intake").isEqualTo(Phase.INTAKE);
        assertThat(t4.exitType()).isEqualTo(ExitType.REORIENTED);
        Participant t3 = byId.get(fx.t(3));
        assertThat(t3.exited()).isNull();
        assertThat(t3.exitType()).isNull();
        assertThat(t3.phaseReached()).isEqualTo(Phase.INVOICING);
    }

    @Test
    void aDayPeriodListsWhoWasInOnThatDay() {
        LocalDate day = LocalDate.of(2025, 10, 6);

        assertThat(reports.participants(new Period(day, day), COORDINATOR)).extracting(Participant::trajectoryId)
                .as("T1 exits that day, T15 enters it").contains(fx.t(1), fx.t(15))
                .doesNotContain(fx.t(2), fx.t(11));
    }

    @Test
    void anExportIsWrittenToTheAuditLogWithWhoWhatAndThePeriod() {
        reports.recordExport("participants.csv", YEAR, COORDINATOR);

        assertThat(jdbc.queryForMap("select actor, subject, detail from audit_entry where kind = ?",
                "FUNDER_REPORT_EXPORTED")).containsAllEntriesOf(Map.of("ACTOR", "coordinator",
                "SUBJECT", "participants.csv", "DETAIL", "2025-01-01/2025-12-31"));
    }

    @Test
    void onlyCoordinatorsAndAdministratorsReadTheListOrExport() {
        Actor coach = Actor.of(FiguresFixture.ANNA, Role.COACH);
        Actor office = Actor.of("office", Role.OFFICE);

        Stream.of(coach, office).forEach(actor -> {
            assertThatThrownBy(() -> reports.participants(YEAR, actor)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> reports.recordExport("period.pdf", YEAR, actor))
                    .isInstanceOf(NotPermittedException.class);
        });
        assertThat(reports.participants(YEAR, Actor.of("admin", Role.ADMINISTRATOR))).hasSize(13);
    }
}
