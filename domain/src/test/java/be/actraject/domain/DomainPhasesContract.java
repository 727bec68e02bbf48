package be.actraject.domain;

import be.actraject.domain.customer.Customers;
import be.actraject.testsupport.TestCustomers;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.ContactDateOutOfRangeException;
import be.actraject.domain.aftercare.Situation;
import be.actraject.domain.aftercare.SituationDateOutOfRangeException;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.InvalidScoresException;
import be.actraject.domain.assessment.Scale;
import be.actraject.domain.decision.Decisions;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.exploration.ChecklistClosedException;
import be.actraject.domain.exploration.Deliverable;
import be.actraject.domain.exploration.DeliverableKind;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.DeliverableUpdate;
import be.actraject.domain.exploration.Deliverables;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.GroupMember;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.Presence;
import be.actraject.domain.group.SessionInThePastException;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.InvoiceStateException;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.NotInvoicingException;
import be.actraject.domain.invoice.VatRate;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DateToDate;
import be.actraject.domain.trajectory.TimeLimits;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryEndedException;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.TimeLimit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The services of the later phases against a real database — the second migration, its constraints and queries —
 * run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest
@Transactional
@Tag("dates")
abstract class DomainPhasesContract {

    @Autowired
    Clock clock;
    @Autowired
    jakarta.persistence.EntityManager entityManager;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    be.actraject.domain.trajectory.CoachChanges coachChanges;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    Caseload caseload;
    @Autowired
    TimeLimits limits;
    @Autowired
    Decisions decisions;
    @Autowired
    Assessments assessments;
    @Autowired
    Deliverables deliverables;
    @Autowired
    LearningGroups groups;
    @Autowired
    Invoices invoices;
    @Autowired
    Customers customers;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    AftercareContacts aftercare;

    private Trajectory trajectory() {
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Mira", "Smets", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        return t;
    }

    private Trajectory invoicing() {
        Trajectory t = trajectory();
        progress.enterPhase(t.getId(), Phase.INVOICING);
        return t;
    }

    @Test
    void phasesOneToThreeCountFromTheDateOfEntryAndAnExtensionMovesTheLastDay() {
        Trajectory t = trajectory();

        LocalDate lastDay = limits.open(t.getId(), TimeLimit.PRE_INVOICING, Period.ofMonths(6));
        assertThat(lastDay).isEqualTo(DateToDate.lastDay(t.getStartDate(), Period.ofMonths(6)));

        LocalDate extended = limits.extend(t.getId(), TimeLimit.PRE_INVOICING, Period.ofMonths(1), COORDINATOR);
        assertThat(extended).isEqualTo(DateToDate.lastDay(lastDay.plusDays(1), Period.ofMonths(1)));
        assertThat(limits.lastDay(t.getId(), TimeLimit.PRE_INVOICING)).isEqualTo(extended);
    }

    @Test
    void aDecisionWithoutMotivationIsRefused() {
        Trajectory t = trajectory();

        assertThatThrownBy(() -> decisions.record(t.getId(), "Task_IntakeDecision", Decision.CONTINUE, null, " ",
                COACH)).isInstanceOf(MotivationRequiredException.class);
        decisions.record(t.getId(), "Task_IntakeDecision", Decision.REORIENT, ExitType.REORIENTED, "liever loondienst",
                COACH);
        assertThat(decisions.latest(t.getId(), "Task_IntakeDecision")).get()
                .extracting(d -> d.getExitType()).isEqualTo(ExitType.REORIENTED);
    }

    @Test
    void anAssessmentNeedsAllTwelveScoresOnTheScale() {
        Trajectory t = trajectory();
        Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            scores.put(c, 3);
        }
        scores.put(Competency.NETWORKING, 9);

        assertThatThrownBy(() -> assessments.record(t.getId(), LocalDate.now(clock), new Scale(1, 5), scores, COACH))
                .isInstanceOfSatisfying(InvalidScoresException.class,
                        e -> assertThat(e.competencies()).containsExactly(Competency.NETWORKING));
        scores.put(Competency.NETWORKING, 5);
        assessments.record(t.getId(), LocalDate.now(clock), new Scale(1, 5), scores, COACH);
        assertThat(assessments.of(t.getId(), COACH)).singleElement()
                .satisfies(a -> assertThat(a.getScores()).containsEntry(Competency.NETWORKING, 5).hasSize(12));
    }

    @Test
    void theDeliverablesListEveryKindAndKeepWhatWasUpdated() {
        Trajectory t = trajectory();
        progress.enterPhase(t.getId(), Phase.EXPLORATION);

        deliverables.update(t.getId(), List.of(
                new DeliverableUpdate(DeliverableKind.WEBSITE, DeliverableStatus.IN_PROGRESS, "met een sjabloon")), COACH);

        assertThat(deliverables.of(t.getId(), COACH)).hasSize(6)
                .filteredOn(d -> d.getKind() == DeliverableKind.WEBSITE).singleElement()
                .extracting(Deliverable::getStatus).isEqualTo(DeliverableStatus.IN_PROGRESS);
    }

    @Test
    void theDeliverablesChangeOnlyDuringTheExploration() {
        Trajectory t = trajectory();
        List<DeliverableUpdate> website =
                List.of(new DeliverableUpdate(DeliverableKind.WEBSITE, DeliverableStatus.DONE, null));

        assertThatThrownBy(() -> deliverables.update(t.getId(), website, COACH))
                .isInstanceOf(ChecklistClosedException.class);
        progress.enterPhase(t.getId(), Phase.PROSPECTING);
        assertThatThrownBy(() -> deliverables.update(t.getId(), website, COACH))
                .isInstanceOf(ChecklistClosedException.class);
        assertThat(deliverables.of(t.getId(), COACH)).extracting(Deliverable::getStatus)
                .containsOnly(DeliverableStatus.NOT_STARTED);
    }

    @Test
    void aCandidateIsInOneGroupAtATimeAndMembersLeftOutOfTheAttendanceAreAbsent() {
        Trajectory a = trajectory();
        Trajectory b = trajectory();
        LearningGroup one = groups.create("Groep " + UUID.randomUUID(), "coach", COORDINATOR);
        LearningGroup two = groups.create("Groep " + UUID.randomUUID(), "coach", COORDINATOR);
        groups.place(a.getId(), one.getId(), COORDINATOR);
        groups.place(b.getId(), one.getId(), COORDINATOR);
        groups.place(a.getId(), two.getId(), COORDINATOR);

        assertThat(groups.groupOf(a.getId())).get().extracting(LearningGroup::getId).isEqualTo(two.getId());
        var session = groups.plan(one.getId(), clock.instant(), 120, "Prijzen", COACH);
        groups.registerAttendance(session.getId(), Map.of(), COACH);
        assertThat(groups.session(session.getId()).getAttendance()).containsExactly(Map.entry(b.getId(),
                Presence.ABSENT));
        assertThatThrownBy(() -> groups.place(b.getId(), two.getId(), COACH))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aCandidateWhoJoinedAfterTheSessionIsNeitherListedNorCountedAbsent() {
        Trajectory before = trajectory();
        LearningGroup group = groups.create("Groep " + UUID.randomUUID(), "coach", COORDINATOR);
        groups.place(before.getId(), group.getId(), COORDINATOR);
        var held = heldDaysAgo(group.getId(), 3);
        var planned = groups.plan(group.getId(), clock.instant().plus(java.time.Duration.ofDays(3)), 60, "Btw", COACH);

        assertThat(groups.membersAt(held)).isEmpty();
        assertThat(groups.membersAt(planned)).extracting(GroupMember::getTrajectoryId).containsExactly(before.getId());
        groups.registerAttendance(held.getId(), Map.of(before.getId(), Presence.PRESENT), COACH);
        assertThat(groups.session(held.getId()).getAttendance()).isEmpty();
    }

    @Test
    void invoicesAreNumberedWithoutGapsAndCannotChangeOnceIssued() {
        Trajectory t = invoicing();
        var first = invoices.submit(t.getId(), draft(t.getId(), "100.00"), COACH);
        var second = invoices.submit(t.getId(), draft(t.getId(), "200.00"), COACH);

        String a = issuing.issue(first.getId());
        String b = issuing.issue(second.getId());

        assertThat(Integer.parseInt(b.substring(5))).isEqualTo(Integer.parseInt(a.substring(5)) + 1);
        assertThat(invoices.issuedCount(t.getId())).isEqualTo(2);
        assertThatThrownBy(() -> invoices.sendBack(first.getId(), "te laat", COACH))
                .isInstanceOf(InvoiceStateException.class);
    }

    @Test
    void invoicesWaitForTheInvoicingPhaseAndKeepTheirVatSplit() {
        Trajectory t = trajectory();
        assertThatThrownBy(() -> invoices.submit(t.getId(), draft(t.getId(), "100.00"), COACH))
                .isInstanceOf(NotInvoicingException.class);

        progress.enterPhase(t.getId(), Phase.INVOICING);
        var invoice = invoices.submit(t.getId(), TestCustomers.draft(customers, t.getId(), "Klant", "Werk",
                "99.99", VatRate.TWENTY_ONE, COACH), COACH);
        assertThat(invoice.vatAmount()).isEqualByComparingTo("21.00");
        assertThat(invoice.total()).isEqualByComparingTo("120.99");
    }

    @Test
    void anEndedTrajectoryTakesNoMoreChangesButItsAftercare() {
        Trajectory t = trajectory();
        assertThatThrownBy(() -> aftercare.record(t.getId(), "P3M", LocalDate.now(clock), Situation.SALARIED,
                LocalDate.now(clock), null, COACH))
                .isInstanceOf(IllegalStateException.class);

        progress.end(t.getId(), ExitType.SALARIED, "job gevonden");

        assertThatThrownBy(() -> progress.end(t.getId(), ExitType.STOPPED, "nog eens"))
                .isInstanceOf(TrajectoryEndedException.class);
        assertThatThrownBy(() -> decisions.record(t.getId(), "Task_IntakeDecision", Decision.CONTINUE, null, "x",
                COACH)).isInstanceOf(TrajectoryEndedException.class);
        aftercare.record(t.getId(), "P3M", LocalDate.now(clock), Situation.SALARIED, LocalDate.now(clock),
                "tevreden", COACH);
        assertThat(aftercare.of(t.getId(), COACH)).hasSize(1);
        assertThat(caseload.trajectory(t.getId(), COACH).getEndDate()).isEqualTo(LocalDate.now(clock));
    }

    /**
     * A situation may have begun before the exit — a tester's candidate who left for a job had been hired before —
     * but not before the date of entry (three days ago in the fixture) nor after today.
     */
    @Test
    void aSituationSaidToStartBeforeTheEntryOrAfterTodayIsRefusedAndNothingIsWritten() {
        Trajectory t = trajectory();
        progress.end(t.getId(), ExitType.SALARIED, "werk gevonden");
        LocalDate today = LocalDate.now(clock);
        LocalDate entry = t.getStartDate();
        assertThat(entry).isEqualTo(today.minusDays(3));

        assertThatThrownBy(() -> aftercare.record(t.getId(), "P3M", today, Situation.SALARIED,
                entry.minusDays(1), null, COACH)).isInstanceOfSatisfying(SituationDateOutOfRangeException.class,
                        e -> assertThat(e.exit()).as("the first day named: the entry").isEqualTo(entry));
        assertThatThrownBy(() -> aftercare.record(t.getId(), "P3M", today, Situation.SALARIED,
                today.plusDays(1), null, COACH)).isInstanceOf(SituationDateOutOfRangeException.class);
        assertThat(aftercare.of(t.getId(), COACH)).isEmpty();

        aftercare.record(t.getId(), "P3M", today, Situation.SALARIED, today.minusDays(1), null, COACH);
        assertThat(aftercare.of(t.getId(), COACH)).singleElement()
                .satisfies(c -> assertThat(c.getSituationSince()).as("hired the day before the exit")
                        .isEqualTo(today.minusDays(1)));
    }

    /**
     * Issue 17: a contact's day lies from the exit up to today; a day before, in the future or centuries off gets the
     * one refusal naming the exit and today, and nothing is written.
     */
    @Test
    void aContactBeforeTheExitInTheFutureOrYearsOffIsRefusedNamingBothDaysAndNothingIsWritten() {
        Trajectory t = trajectory();
        progress.end(t.getId(), ExitType.SELF_EMPLOYED, "eigen zaak");
        LocalDate today = LocalDate.now(clock);

        for (LocalDate day : List.of(today.minusDays(1), today.plusDays(1), LocalDate.of(1900, 1, 1),
                LocalDate.of(2999, 12, 31))) {
            assertThatThrownBy(() -> aftercare.record(t.getId(), "P3M", day, Situation.SALARIED, today, null,
                    COACH)).as(day.toString()).isInstanceOfSatisfying(ContactDateOutOfRangeException.class, e -> {
                        assertThat(e.exit()).isEqualTo(today);
                        assertThat(e.today()).isEqualTo(today);
                    });
        }
        assertThat(aftercare.of(t.getId(), COACH)).isEmpty();
    }

    /** Testers' finding: with both days wrong, the refusal of the contact's day carries the situation's day's too. */
    @Test
    void aContactAndASituationStartBothOutOfRangeAreRefusedTogether() {
        Trajectory t = trajectory();
        progress.end(t.getId(), ExitType.SELF_EMPLOYED, "eigen zaak");
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> aftercare.record(t.getId(), "P3M", today.plusDays(1), Situation.SALARIED,
                t.getStartDate().minusDays(1), null, COACH)).isInstanceOfSatisfying(ContactDateOutOfRangeException.class,
                e -> assertThat(e.alsoSince()).hasValueSatisfying(since -> {
                    assertThat(since.messageKey()).isEqualTo("aftercare.since.range");
                    assertThat(since.exit()).isEqualTo(t.getStartDate());
                }));
        assertThatThrownBy(() -> aftercare.record(t.getId(), "P3M", today.plusDays(1), Situation.SALARIED, today,
                null, COACH)).isInstanceOfSatisfying(ContactDateOutOfRangeException.class,
                e -> assertThat(e.alsoSince()).isEmpty());
        assertThat(aftercare.of(t.getId(), COACH)).isEmpty();
    }

    @Test
    void aColleagueSeesNoneOfItEither() {
        Trajectory t = trajectory();

        assertThatThrownBy(() -> deliverables.of(t.getId(), COACH2))
                .isInstanceOf(be.actraject.domain.access.NotInCaseloadException.class);
        assertThatThrownBy(() -> invoices.of(t.getId(), COACH2))
                .isInstanceOf(be.actraject.domain.access.NotInCaseloadException.class);
    }

    private InvoiceDraft draft(long trajectoryId, String amount) {
        return TestCustomers.draft(customers, trajectoryId, "Fietsclub", "Onderhoud", amount, VatRate.TWENTY_ONE,
                COACH);
    }

    @Test
    void aSessionThatWouldHaveStartedBeforeThisMinuteIsRefused() {
        LearningGroup group = groups.create("Groep " + UUID.randomUUID(), "coach", COORDINATOR);
        java.time.Instant thisMinute = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

        assertThatThrownBy(() -> groups.plan(group.getId(), thisMinute.minus(java.time.Duration.ofMinutes(1)), 60,
                "Prijzen", COACH)).isInstanceOf(SessionInThePastException.class);
        assertThatThrownBy(() -> groups.plan(group.getId(), clock.instant().minus(java.time.Duration.ofHours(5)), 120,
                "Prijzen", COACH)).isInstanceOf(SessionInThePastException.class);
        assertThat(groups.plan(group.getId(), thisMinute, 60, "Prijzen", COACH).getId()).isNotNull();
    }

    @Test
    void aChangeOfCoachCrossedByAColleaguesChangeOfTheTrajectoryIsRefusedAsChanged() {
        Trajectory t = trajectory();
        entityManager.flush();
        // The coordinator's transaction has read the trajectory; the coach's review then commits a new version.
        jdbc.update("update trajectory set version = version + 1 where id = ?", t.getId());

        assertThatThrownBy(() -> coachChanges.change(t.getId(), "coach2", "Verlof", COORDINATOR))
                .isInstanceOfSatisfying(be.actraject.domain.trajectory.CorrectionRefusedException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo(be.actraject.domain.trajectory.CorrectionRefusedException.Reason.CHANGED));
    }

    /**
     * A session held some days ago: planned ahead, as the domain wants, then moved back in the database as time would
     * have moved on.
     */
    private CollectiveSession heldDaysAgo(long groupId, int days) {
        CollectiveSession session = groups.plan(groupId, clock.instant().plus(java.time.Duration.ofHours(1)), 60,
                "Prijzen", COACH);
        entityManager.flush();
        jdbc.update("update collective_session set starts_at = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(days))), session.getId());
        entityManager.clear();
        return groups.session(session.getId());
    }
}
