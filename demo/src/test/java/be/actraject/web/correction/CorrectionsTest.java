package be.actraject.web.correction;

import be.actraject.bpmn.task.HandOverChoice;
import be.actraject.bpmn.task.HandOverChoices;
import be.actraject.bpmn.task.HandOverRefusedException;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.trajectory.CoachChange;
import be.actraject.bpmn.trajectory.EntryDateChange;
import be.actraject.bpmn.trajectory.LimitTimers;
import be.actraject.bpmn.trajectory.UnknownCoachException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditEntry;
import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditReason;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateChangedException;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.candidate.DuplicateJobSeekerNumberException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.CorrectionRefusedException;
import be.actraject.domain.trajectory.DateToDate;
import be.actraject.domain.trajectory.EntryDateOutsideWindowException;
import be.actraject.domain.trajectory.NotTheCoachException;
import be.actraject.domain.trajectory.PersonalDataCorrections;
import be.actraject.domain.trajectory.TimelineEntry;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.TimeLimit;
import be.actraject.workflow.TrajectoryElements;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16, *Correct*: the personal data, the coach and the date of entry corrected through the services and the
 * engine, with what each writes on the timeline and in the audit log and who is refused.
 */
@FullStackTest
@Tag("dates")
class CorrectionsTest {

    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final Actor COACH2 = Actor.of("coach2", Role.COACH);
    static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    PersonalDataCorrections personalData;
    @Autowired
    CoachChange coachChange;
    @Autowired
    EntryDateChange entryDate;
    @Autowired
    Caseload caseload;
    @Autowired
    AuditLog audit;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    LimitTimers limitTimers;
    @Autowired
    WorkItems workItems;
    @Autowired
    HandOverChoices handOvers;
    @Autowired
    TaskClaims claims;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    be.actraject.domain.group.LearningGroups groups;

    private TestTrajectory candidate(String first, String last, String coach) {
        return new TestTrajectories(context).candidate(first, last).coachedBy(coach).atEntreSpiegel();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private Candidate candidateOf(TestTrajectory t, Actor actor) {
        return inTransaction(() -> caseload.currentOf(t.candidateId(), actor).getCandidate());
    }

    private static CandidateDetails withPhone(Candidate c, String phone, String jobSeekerNumber) {
        return new CandidateDetails(c.getFirstName(), c.getLastName(), c.getEmail(), phone, c.getStreet(),
                c.getPostalCode(), c.getMunicipality(), c.getDateOfBirth(), jobSeekerNumber, c.getDateOfEntry(),
                c.getBusinessIdea());
    }

    private List<TimelineEntry> timelineOf(TestTrajectory t, TimelineKind kind) {
        return inTransaction(() -> caseload.dossier(t.candidateId(), COORDINATOR).timeline()).stream()
                .filter(e -> e.getKind() == kind).toList();
    }

    private AuditEntry auditOf(TestTrajectory t, AuditKind kind) {
        return audit.latest(50, COORDINATOR).stream().filter(e -> e.getKind() == kind
                && Long.toString(t.trajectoryId()).equals(e.getReference())).findFirst().orElseThrow();
    }

    @Test
    void theCoachCorrectsAPhoneNumberAndTheTimelineSaysWhatChangedOnly() {
        TestTrajectory lotte = candidate("Lotte", "Telefoonfout", "coach");
        Candidate before = candidateOf(lotte, COACH);

        var changed = personalData.correct(lotte.candidateId(),
                withPhone(before, "0470 65 43 21", before.getJobSeekerNumber()), before.getVersion(), COACH);

        assertThat(changed).singleElement().satisfies(c -> assertThat(c.field()).isEqualTo("phone"));
        assertThat(candidateOf(lotte, COACH).getPhone()).isEqualTo("0470 65 43 21");
        assertThat(timelineOf(lotte, TimelineKind.PERSONAL_DATA_CORRECTED)).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("coach");
            assertThat(e.getDetail()).isEqualTo("phone: — → 0470 65 43 21");
        });
    }

    @Test
    void aSecondCoachIsRefusedAndAStaleFormOrAnotherCandidatesNumberWritesNothing() {
        TestTrajectory lotte = candidate("Lotte", "Tweedecoach", "coach");
        TestTrajectory other = candidate("Otto", "Anderenummer", "coach");
        Candidate before = candidateOf(lotte, COACH);
        CandidateDetails details = withPhone(before, "0470 11 22 33", before.getJobSeekerNumber());

        assertThatThrownBy(() -> personalData.correct(lotte.candidateId(), details, before.getVersion(), COACH2))
                .isInstanceOf(NotInCaseloadException.class);
        assertThatThrownBy(() -> personalData.correct(lotte.candidateId(), details, before.getVersion() - 1, COACH))
                .isInstanceOf(CandidateChangedException.class);
        String othersNumber = candidateOf(other, COACH).getJobSeekerNumber();
        assertThatThrownBy(() -> personalData.correct(lotte.candidateId(),
                withPhone(before, "0470 11 22 33", othersNumber.toLowerCase()), before.getVersion(), COACH))
                .isInstanceOf(DuplicateJobSeekerNumberException.class);
        assertThatThrownBy(() -> personalData.correct(lotte.candidateId(),
                withPhone(before, "bel me", before.getJobSeekerNumber()), before.getVersion(), COACH))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(candidateOf(lotte, COACH).getPhone()).isNull();
        assertThat(timelineOf(lotte, TimelineKind.PERSONAL_DATA_CORRECTED)).isEmpty();
    }

    @Test
    void aCoachWhoSeesACandidateWithoutCoachIsToldOnlyTheCoachOrACoordinatorCorrects() {
        TestTrajectory pool = new TestTrajectories(context).candidate("Pieter", "Zondercoach").registered();
        Candidate before = candidateOf(pool, COACH);

        assertThatThrownBy(() -> personalData.correct(pool.candidateId(),
                withPhone(before, "0470 11 22 33", before.getJobSeekerNumber()), before.getVersion(), COACH))
                .isInstanceOf(NotTheCoachException.class);
        personalData.correct(pool.candidateId(), withPhone(before, "0470 11 22 33", before.getJobSeekerNumber()),
                before.getVersion(), COORDINATOR);
        assertThat(candidateOf(pool, COORDINATOR).getPhone()).isEqualTo("0470 11 22 33");
    }

    @Test
    void aNewCoachTakesTheOpenTasksAndBothCoachesAreNamedOnTheTimelineAndInTheAudit() {
        TestTrajectory sara = candidate("Sara", "Nieuwecoach", "coach");
        String key = BusinessKeys.trajectory(sara.trajectoryId());
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).taskAssignee("coach").count())
                .isPositive();

        int moved = coachChange.change(sara.trajectoryId(), "coach2", "Coach met zwangerschapsverlof", COORDINATOR);

        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskCandidateGroup(Role.COACH.groupId()).includeAssignedTasks().list();
        assertThat(moved).isEqualTo(open.size()).isPositive();
        assertThat(open).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo("coach2"));
        assertThat(timelineOf(sara, TimelineKind.COACH_CHANGED)).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("coach → coach2"));
        assertThat(auditOf(sara, AuditKind.COACH_CHANGED)).satisfies(e -> {
            assertThat(e.getDetail()).isEqualTo("Coach met zwangerschapsverlof");
            assertThat(e.getReason()).isEqualTo(AuditReason.of(AuditReason.COACH_CHANGED, "coach", "coach2"));
        });
        assertThat(inTransaction(() -> caseload.dossier(sara.candidateId(), COACH2).timeline()))
                .anyMatch(e -> e.getKind() == TimelineKind.COACH_CHANGED);
        assertThatThrownBy(() -> caseload.currentOf(sara.candidateId(), COACH))
                .isInstanceOf(NotInCaseloadException.class);
    }

    @Test
    void onlyACoordinatorChangesTheCoachWithAReasonToAnExistingCoach() {
        TestTrajectory tom = candidate("Tom", "Blijftbijcoach", "coach");

        assertThatThrownBy(() -> coachChange.change(tom.trajectoryId(), "coach2", "Ik wil niet meer", COACH))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> coachChange.change(tom.trajectoryId(), "office", "Reden", COORDINATOR))
                .isInstanceOf(UnknownCoachException.class);
        assertThatThrownBy(() -> coachChange.change(tom.trajectoryId(), "coach2", " ", COORDINATOR))
                .isInstanceOf(CorrectionRefusedException.class);
        assertThatThrownBy(() -> coachChange.change(tom.trajectoryId(), "coach", "Reden", COORDINATOR))
                .isInstanceOf(CorrectionRefusedException.class);

        assertThat(caseload.coachOf(tom.trajectoryId())).contains("coach");
        assertThat(timelineOf(tom, TimelineKind.COACH_CHANGED)).isEmpty();
    }

    @Test
    void aCorrectedDateOfEntryMovesThePhaseLimitAndItsTimersAndIsAudited() {
        TestTrajectory eva = new TestTrajectories(context).candidate("Eva", "Laatingeschreven").coachedBy("coach")
                .enteredWeeksAgo(1).atEntreSpiegel();
        LocalDate today = LocalDate.now(clock);
        LocalDate entered = today.minusWeeks(1);
        LocalDate corrected = today.minusWeeks(5);
        Period length = Period.ofMonths(6);
        assertThat(limitOf(eva)).contains(DateToDate.lastDay(entered, length));

        Optional<LocalDate> limit = entryDate.correct(eva.trajectoryId(), corrected, "Instap stond verkeerd",
                COORDINATOR);

        LocalDate expected = DateToDate.lastDay(corrected, length);
        assertThat(limit).contains(expected);
        assertThat(limitOf(eva)).contains(expected);
        Trajectory t = inTransaction(() -> caseload.currentOf(eva.candidateId(), COORDINATOR));
        assertThat(t.getStartDate()).isEqualTo(corrected);
        assertThat(t.getCandidate().getDateOfEntry()).isEqualTo(corrected);
        assertThat(t.getPhases().get(0).getStartedOn()).isEqualTo(corrected);
        String limitName = TimeLimit.PRE_INVOICING.name();
        assertThat(timerDue(eva, TrajectoryElements.PRE_INVOICING_LIMIT))
                .isEqualTo(limitTimers.limitAt(eva.trajectoryId(), limitName));
        assertThat(timerDue(eva, TrajectoryElements.PRE_INVOICING_WARNING))
                .isEqualTo(limitTimers.warningAt(eva.trajectoryId(), limitName));
        assertThat(timelineOf(eva, TimelineKind.DATE_OF_ENTRY_CORRECTED)).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo(entered + " → " + corrected));
        assertThat(auditOf(eva, AuditKind.DATE_OF_ENTRY_CORRECTED)).satisfies(e -> {
            assertThat(e.getDetail()).isEqualTo("Instap stond verkeerd");
            assertThat(e.getReason()).isEqualTo(AuditReason.of(AuditReason.ENTRY_DATE_AND_LIMIT_MOVED, entered,
                    corrected, DateToDate.lastDay(entered, length), expected));
        });
    }

    @Test
    void aDateOfEntryOutsideItsWindowOrWithoutReasonIsRefusedAndMovesNothing() {
        TestTrajectory jan = new TestTrajectories(context).candidate("Jan", "Verkeerdedatum").coachedBy("coach")
                .enteredWeeksAgo(1).atEntreSpiegel();
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> before = limitOf(jan);

        assertThatThrownBy(() -> entryDate.correct(jan.trajectoryId(), today.plusDays(1), "Reden", COORDINATOR))
                .isInstanceOf(EntryDateOutsideWindowException.class);
        assertThatThrownBy(() -> entryDate.correct(jan.trajectoryId(), today.minusYears(1).minusDays(1), "Reden",
                COORDINATOR)).isInstanceOf(EntryDateOutsideWindowException.class);
        assertThatThrownBy(() -> entryDate.correct(jan.trajectoryId(), today.minusWeeks(3), "", COORDINATOR))
                .isInstanceOf(CorrectionRefusedException.class);
        assertThatThrownBy(() -> entryDate.correct(jan.trajectoryId(), today.minusWeeks(3), "Reden", COACH))
                .isInstanceOf(NotPermittedException.class);

        assertThat(limitOf(jan)).isEqualTo(before);
        assertThat(timelineOf(jan, TimelineKind.DATE_OF_ENTRY_CORRECTED)).isEmpty();
    }

    private Optional<LocalDate> limitOf(TestTrajectory t) {
        return inTransaction(() -> caseload.currentOf(t.candidateId(), COORDINATOR).limit(TimeLimit.PRE_INVOICING));
    }

    private java.util.Date timerDue(TestTrajectory t, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(t.key())
                .processDefinitionKey(be.actraject.workflow.ProcessKeys.TRAJECTORY).singleResult().getId();
        List<Job> jobs = management.createJobQuery().processInstanceId(instance).timers()
                .activityId(activityId).list();
        assertThat(jobs).as(activityId).hasSize(1);
        return jobs.get(0).getDuedate();
    }

    @Test
    void theHandOverOffersExactlyTheColleaguesItAcceptsAndSaysWhyTheOthersAreMissing() {
        TestTrajectory kim = candidate("Kim", "Overdrachtkeuze", "coach");
        TestTrajectory lea = candidate("Lea", "Geengroep", "coach");
        long group = groups.create("Groep van coach2 " + kim.trajectoryId(), "coach2", COORDINATOR).getId();
        groups.place(kim.trajectoryId(), group, COORDINATOR);

        HandOverChoice inGroup = choiceFor(kim);
        HandOverChoice outside = choiceFor(lea);

        assertThat(inGroup.offered()).extracting(a -> a.userId()).contains("coach2");
        assertThat(outside.offered()).extracting(a -> a.userId()).doesNotContain("coach2");
        assertThat(outside.missing()).anySatisfy(m -> {
            assertThat(m.colleague().userId()).isEqualTo("coach2");
            assertThat(m.reason()).isEqualTo(HandOverRefusedException.Reason.OUTSIDE_CASELOAD);
        });
        acceptsExactly(kim, inGroup);
        acceptsExactly(lea, outside);
    }

    private HandOverChoice choiceFor(TestTrajectory t) {
        List<WorkItem> mine = workItems.openFor(t.trajectoryId(), COACH).stream()
                .filter(i -> i.isAssignedTo("coach")).toList();
        assertThat(mine).isNotEmpty();
        return handOvers.of(mine, COACH).get(mine.get(0).taskId());
    }

    /** Every colleague offered is accepted by the hand-over (rolled back), every one missing refused for its reason. */
    private void acceptsExactly(TestTrajectory t, HandOverChoice choice) {
        String taskId = workItems.openFor(t.trajectoryId(), COACH).stream()
                .filter(i -> i.isAssignedTo("coach")).findFirst().orElseThrow().taskId();
        for (var colleague : choice.offered()) {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                claims.handOver(taskId, colleague.userId(), "Neem jij dit over?", COACH);
                status.setRollbackOnly();
            });
        }
        for (var missing : choice.missing()) {
            assertThatThrownBy(() -> claims.handOver(taskId, missing.colleague().userId(), "Neem jij dit over?",
                    COACH)).isInstanceOfSatisfying(HandOverRefusedException.class,
                    e -> assertThat(e.messageKey()).endsWith("." + missing.reason().name()));
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("coach");
    }
}
