package be.actraject.domain.sector;

import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingActivity;
import be.actraject.domain.prospecting.ProspectingClosedException;
import be.actraject.domain.prospecting.ProspectingKind;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.TimelineEntry;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sector groups, their members and meetings, the expert register and introductions, against a real database; run on
 * H2 and PostgreSQL by the subclasses. Every refusal leaves nothing written.
 */
@SpringBootTest
@Transactional
abstract class SectorGroupsContract {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    SectorGroups groups;
    @Autowired
    SectorMemberships memberships;
    @Autowired
    SectorMeetings meetings;
    @Autowired
    Experts experts;
    @Autowired
    Introductions introductions;
    @Autowired
    ProspectingActivities activities;
    @Autowired
    Caseload caseload;
    @Autowired
    Agenda agenda;
    @Autowired
    be.actraject.domain.group.LearningGroups learningGroups;

    private Trajectory candidateOf(String coach, Phase phase) {
        String number = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Ilse", "Wouters", number, clock), coach, COORDINATOR);
        progress.enterPhase(t.getId(), phase);
        return t;
    }

    private SectorGroup group(String contactPerson) {
        return groups.create(new SectorGroupEntry("Horeca " + UUID.randomUUID(), "I — Horeca", null,
                contactPerson), COORDINATOR);
    }

    private Expert expert(String email) {
        return experts.register(new ExpertEntry("Marc Peeters", "Boekhouding horeca", "Unizo", email, null, null),
                COACH);
    }

    private MeetingEntry meetingIn(Duration fromNow) {
        return new MeetingEntry(clock.instant().plus(fromNow), 90, "Lokaal 2", "Prijzen berekenen");
    }

    @Test
    void aCandidateInTheProspectingJoinsAGroupAndItIsInTheTimeline() {
        Trajectory t = candidateOf("coach", Phase.PROSPECTING);
        SectorGroup group = group("coach");

        memberships.join(group.getId(), t.getId(), COACH);

        assertThat(groups.members(group, COORDINATOR)).extracting(SectorMember::getTrajectoryId)
                .containsExactly(t.getId());
        assertThat(caseload.dossier(t.getCandidate().getId(), COACH).timeline())
                .extracting(TimelineEntry::getKind).contains(TimelineKind.SECTOR_GROUP_JOINED);
    }

    @Test
    void aMemberCannotJoinTwice() {
        Trajectory t = candidateOf("coach", Phase.PROSPECTING);
        SectorGroup group = group("coach");
        memberships.join(group.getId(), t.getId(), COACH);

        assertThatThrownBy(() -> memberships.join(group.getId(), t.getId(), COORDINATOR))
                .isInstanceOf(AlreadyMemberException.class);
        assertThat(groups.members(group, COORDINATOR)).hasSize(1);
    }

    @Test
    void anExitedCandidateLeavesTheirGroupsThatDayWithALineOnTheTimeline() {
        Trajectory t = candidateOf("coach", Phase.PROSPECTING);
        SectorGroup group = group("coach");
        SectorGroup left = group("coach");
        memberships.join(group.getId(), t.getId(), COACH);
        memberships.join(left.getId(), t.getId(), COACH);
        memberships.leave(left.getId(), t.getId(), COACH);

        progress.end(t.getId(), be.actraject.workflow.ExitType.SALARIED, "Werk gevonden");

        assertThat(groups.members(group, COORDINATOR)).singleElement().satisfies(m -> {
            assertThat(m.isCurrent()).isFalse();
            assertThat(m.getLeftOn()).isEqualTo(java.time.LocalDate.now(clock));
        });
        assertThat(caseload.dossier(t.getCandidate().getId(), COACH).timeline())
                .filteredOn(e -> e.getKind() == TimelineKind.SECTOR_GROUP_LEFT).hasSize(2);
    }

    @Test
    void aMemberWhoLeftMayJoinAgain() {
        Trajectory t = candidateOf("coach", Phase.PROSPECTING);
        SectorGroup group = group("coach");
        memberships.join(group.getId(), t.getId(), COACH);
        assertThat(memberships.leave(group.getId(), t.getId(), COACH)).isTrue();
        assertThat(memberships.leave(group.getId(), t.getId(), COACH)).as("a second click: not a member now").isFalse();

        memberships.join(group.getId(), t.getId(), COACH);

        assertThat(groups.members(group, COORDINATOR)).extracting(SectorMember::isCurrent)
                .containsExactly(false, true);
    }

    @Test
    void aCandidateInTheExplorationCannotJoin() {
        Trajectory t = candidateOf("coach", Phase.EXPLORATION);
        SectorGroup group = group("coach");

        assertThatThrownBy(() -> memberships.join(group.getId(), t.getId(), COORDINATOR))
                .isInstanceOf(NotProspectingException.class);
        assertThat(groups.members(group, COORDINATOR)).isEmpty();
    }

    @Test
    void theContactPersonCannotPlaceAColleaguesCandidate() {
        Trajectory t = candidateOf("coach2", Phase.PROSPECTING);
        SectorGroup group = group("coach");

        assertThatThrownBy(() -> memberships.join(group.getId(), t.getId(), COACH))
                .isInstanceOf(NotInCaseloadException.class);
    }

    @Test
    void aCoachWhoIsNotTheContactPersonCannotPlaceHerOwnCandidate() {
        Trajectory t = candidateOf("coach", Phase.PROSPECTING);
        SectorGroup group = group("coach2");

        assertThatThrownBy(() -> memberships.join(group.getId(), t.getId(), COACH))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aCoachSeesTheGroupsOfHerCandidatesWithOnlyHerOwnMembers() {
        Trajectory mine = candidateOf("coach", Phase.PROSPECTING);
        Trajectory colleagues = candidateOf("coach2", Phase.PROSPECTING);
        SectorGroup withMine = group("coordinator");
        SectorGroup without = group("coordinator");
        memberships.join(withMine.getId(), mine.getId(), COORDINATOR);
        memberships.join(withMine.getId(), colleagues.getId(), COORDINATOR);
        memberships.join(without.getId(), colleagues.getId(), COORDINATOR);

        assertThat(groups.visibleTo(COACH)).extracting(SectorGroup::getId).contains(withMine.getId())
                .doesNotContain(without.getId());
        assertThat(groups.members(groups.group(withMine.getId(), COACH), COACH))
                .extracting(SectorMember::getTrajectoryId).containsExactly(mine.getId());
        assertThatThrownBy(() -> groups.group(without.getId(), COACH)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> groups.group(withMine.getId(), OFFICE)).isInstanceOf(NotPermittedException.class);
    }

    /** The caseload's third part: a colleague's candidate in a learning group she leads, while a current member. */
    @Test
    void aCoachSeesTheGroupsOfTheCandidatesInTheLearningGroupsSheLeads() {
        Trajectory inHerGroup = candidateOf("coach2", Phase.PROSPECTING);
        Trajectory left = candidateOf("coach2", Phase.PROSPECTING);
        learningGroups.place(inHerGroup.getId(), learningGroups.create("Leergroep " + UUID.randomUUID(), "coach",
                COORDINATOR).getId(), COORDINATOR);
        learningGroups.place(left.getId(), learningGroups.create("Leergroep " + UUID.randomUUID(), "coach",
                COORDINATOR).getId(), COORDINATOR);
        SectorGroup withHers = group("coordinator");
        SectorGroup leftFrom = group("coordinator");
        memberships.join(withHers.getId(), inHerGroup.getId(), COORDINATOR);
        memberships.join(leftFrom.getId(), left.getId(), COORDINATOR);
        memberships.leave(leftFrom.getId(), left.getId(), COORDINATOR);

        assertThat(groups.visibleTo(COACH)).extracting(SectorGroup::getId).contains(withHers.getId())
                .doesNotContain(leftFrom.getId());
        assertThat(groups.group(withHers.getId(), COACH).getId()).isEqualTo(withHers.getId());
        assertThatThrownBy(() -> groups.group(leftFrom.getId(), COACH)).isInstanceOf(NotPermittedException.class);
        assertThat(groups.visibleTo(COACH2)).extracting(SectorGroup::getId).contains(withHers.getId());
    }

    @Test
    void onlyCoordinatorsStartGroupsAndNamesAreUnique() {
        assertThatThrownBy(() -> groups.create(new SectorGroupEntry("Bouw", "F — Bouwnijverheid", null, "coach"),
                COACH)).isInstanceOf(NotPermittedException.class);
        groups.create(new SectorGroupEntry("Ambacht en bouw", "F — Bouwnijverheid", null, "coach"), COORDINATOR);
        assertThatThrownBy(() -> groups.create(new SectorGroupEntry("AMBACHT EN BOUW", "F", null, "coach"),
                COORDINATOR)).isInstanceOf(DuplicateSectorGroupException.class);
    }

    @Test
    void theContactPersonPlansAMeetingAhead() {
        SectorGroup group = group("coach");

        meetings.plan(group.getId(), meetingIn(Duration.ofDays(7)), COACH);

        assertThat(meetings.of(group)).extracting(SectorMeeting::getTopic).containsExactly("Prijzen berekenen");
        assertThat(meetings.between(clock.instant(), clock.instant().plus(Duration.ofDays(8))))
                .extracting(m -> m.getGroup().getId()).contains(group.getId());
    }

    @Test
    void aMeetingInThePastIsRefused() {
        SectorGroup group = group("coach");

        assertThatThrownBy(() -> meetings.plan(group.getId(), meetingIn(Duration.ofHours(-1)), COORDINATOR))
                .isInstanceOf(MeetingInPastException.class);
        assertThat(meetings.of(group)).isEmpty();
    }

    @Test
    void aCoachWhoDoesNotKeepTheGroupCannotPlanItsMeetings() {
        SectorGroup group = group("coach2");

        assertThatThrownBy(() -> meetings.plan(group.getId(), meetingIn(Duration.ofDays(7)), COACH))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anExpertWithTheSameEmailInAnotherCaseIsADuplicate() {
        expert("marc@boekhouding.be");

        assertThatThrownBy(() -> expert("Marc@Boekhouding.BE")).isInstanceOf(DuplicateExpertException.class);
        assertThat(experts.search("boekhouding", COACH)).hasSize(1);
    }

    @Test
    void correctingAnExpertToAnotherExpertsEmailIsRefused() {
        expert("een@example.be");
        Expert other = expert("twee@example.be");

        assertThatThrownBy(() -> experts.update(other.getId(), new ExpertEntry("Marc Peeters", "Boekhouding",
                null, "een@example.be", null, null), COORDINATOR)).isInstanceOf(DuplicateExpertException.class);
    }

    @Test
    void theRegisterIsSearchedByNameOrField() {
        Expert baker = experts.register(new ExpertEntry("An Bakkers", "Brood en banket", null,
                "an-" + UUID.randomUUID() + "@example.be", null, null), COACH);
        Expert builder = experts.register(new ExpertEntry("Tom Janssens", "Dakwerken", null,
                "tom-" + UUID.randomUUID() + "@example.be", null, null), COACH);

        assertThat(experts.search("banket", COACH)).extracting(Expert::getId).contains(baker.getId())
                .doesNotContain(builder.getId());
        assertThat(experts.search("janss", COACH)).extracting(Expert::getId).contains(builder.getId())
                .doesNotContain(baker.getId());
        assertThat(experts.search("100%", COACH)).isEmpty();
    }

    @Test
    void officeStaffDoNotReadTheRegister() {
        assertThatThrownBy(() -> experts.search(null, OFFICE)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anIntroductionIsLoggedAsAProspectingActivityOfTheCandidate() {
        Trajectory t = candidateOf("coach", Phase.PROSPECTING);
        Expert expert = expert("intro-" + UUID.randomUUID() + "@example.be");

        introductions.introduce(t.getId(), expert.getId(), LocalDate.now(clock), "Vraag over btw op catering",
                COACH);

        assertThat(introductions.of(t.getId(), COACH)).extracting(i -> i.getExpert().getId())
                .containsExactly(expert.getId());
        assertThat(activities.of(t.getId(), COACH)).singleElement().satisfies(a -> {
            assertThat(a.getKind()).isEqualTo(ProspectingKind.NETWORK_OR_EXPERT);
            assertThat(a.getDescription()).contains("Marc Peeters").contains("Vraag over btw op catering");
        });
        assertThat(caseload.dossier(t.getCandidate().getId(), COACH).timeline())
                .extracting(TimelineEntry::getKind).contains(TimelineKind.PROSPECTING_LOGGED);
    }

    @Test
    void anIntroductionOutsideTheProspectingIsRefusedAndNothingIsWritten() {
        Trajectory t = candidateOf("coach", Phase.EXPLORATION);
        Expert expert = expert("closed-" + UUID.randomUUID() + "@example.be");

        assertThatThrownBy(() -> introductions.introduce(t.getId(), expert.getId(), LocalDate.now(clock),
                "Kennismaking", COACH)).isInstanceOf(ProspectingClosedException.class);
        assertThat(introductions.of(t.getId(), COACH)).isEmpty();
        assertThat(activities.of(t.getId(), COACH)).extracting(ProspectingActivity::getId).isEmpty();
    }

    /**
     * Issue 17: one window, from the date of entry up to today, and one refusal naming both days, whether the day is
     * just before the entry, in the future or centuries off.
     */
    @Test
    void anIntroductionBeforeTheDateOfEntryInTheFutureOrYearsOffIsRefusedNamingBothDaysAndNothingIsWritten() {
        Trajectory t = candidateOf("coach", Phase.PROSPECTING);
        Expert expert = expert("early-" + UUID.randomUUID() + "@example.be");
        LocalDate today = LocalDate.now(clock);

        for (LocalDate day : List.of(t.getStartDate().minusDays(1), today.plusDays(1), LocalDate.of(1900, 1, 1),
                LocalDate.of(2999, 12, 31))) {
            assertThatThrownBy(() -> introductions.introduce(t.getId(), expert.getId(), day, "Kennismaking",
                    COACH)).as(day.toString()).isInstanceOfSatisfying(IntroductionDateOutOfRangeException.class, e -> {
                        assertThat(e.dateOfEntry()).isEqualTo(t.getStartDate());
                        assertThat(e.today()).isEqualTo(today);
                        assertThat(e.messageKey()).isEqualTo("introduction.date.range");
                    });
        }
        assertThat(introductions.of(t.getId(), COACH)).isEmpty();
        assertThat(activities.of(t.getId(), COACH)).isEmpty();
    }

    @Test
    void aCoachCannotIntroduceAColleaguesCandidate() {
        Trajectory t = candidateOf("coach", Phase.PROSPECTING);
        Expert expert = expert("other-" + UUID.randomUUID() + "@example.be");

        assertThatThrownBy(() -> introductions.introduce(t.getId(), expert.getId(), LocalDate.now(clock),
                "Kennismaking", COACH2)).isInstanceOf(NotInCaseloadException.class);
    }

    @Test
    void aMeetingIsInTheAgendaOfTheContactPersonAndOfTheCoachOfAMemberOnly() {
        Trajectory member = candidateOf("coach", Phase.PROSPECTING);
        SectorGroup group = group("coordinator");
        memberships.join(group.getId(), member.getId(), COORDINATOR);
        SectorMeeting meeting = meetings.plan(group.getId(), meetingIn(Duration.ofDays(2)), COORDINATOR);
        LocalDate from = LocalDate.now(clock);
        String uid = "sector-meeting-" + meeting.getId();

        List<AgendaItem> coachs = agenda.between(COACH, from, from.plusDays(7), List.of());

        assertThat(coachs).filteredOn(i -> i.uid().equals(uid)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(AgendaItem.Kind.SECTOR_MEETING);
            assertThat(i.groupId()).isEqualTo(group.getId());
            assertThat(i.startsAt()).isEqualTo(meeting.getStartsAt());
            // Where and what, for the calendar feed's LOCATION and DESCRIPTION.
            assertThat(i.place()).isEqualTo(meeting.getPlace());
            assertThat(i.about()).isEqualTo(meeting.getTopic());
        });
        assertThat(agenda.between(COORDINATOR, from, from.plusDays(7), List.of())).extracting(AgendaItem::uid)
                .contains(uid);
        assertThat(agenda.between(COACH2, from, from.plusDays(7), List.of())).extracting(AgendaItem::uid)
                .doesNotContain(uid);
        assertThat(agenda.between(OFFICE, from, from.plusDays(7), List.of())).extracting(AgendaItem::uid)
                .doesNotContain(uid);
    }
}
