package be.actraject.domain.sector;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.TimelineEntry;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * A sector group changed and closed, its meetings moved and cancelled, against a real database; run on H2 and
 * PostgreSQL by the subclasses. Every refusal leaves the group and its meetings as they were.
 */
@SpringBootTest
@Transactional
abstract class SectorGroupChangesContract {

    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    SectorGroups groups;
    @Autowired
    SectorGroupChanges changes;
    @Autowired
    SectorMemberships memberships;
    @Autowired
    SectorMeetings meetings;
    @Autowired
    Caseload caseload;
    @Autowired
    Agenda agenda;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    private Trajectory inProspecting(String coach) {
        String number = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Ilse", "Wouters", number, clock), coach, COORDINATOR);
        progress.enterPhase(t.getId(), Phase.PROSPECTING);
        return t;
    }

    private SectorGroup group(String contactPerson) {
        return groups.create(new SectorGroupEntry("Bouw " + UUID.randomUUID(), "F — Bouw", null, contactPerson),
                COORDINATOR);
    }

    /** A meeting at a whole minute, as the form plans them (the databases keep microseconds, rounded differently). */
    private MeetingEntry meetingIn(Duration fromNow) {
        return new MeetingEntry(clock.instant().plus(fromNow).truncatedTo(ChronoUnit.MINUTES), 90, "Lokaal 2",
                "Samen inkopen");
    }

    private List<AgendaItem> agendaOf(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return agenda.between(actor, today, today.plusDays(14), List.of());
    }

    private static String uid(SectorMeeting meeting) {
        return "sector-meeting-" + meeting.getId();
    }

    @Test
    void aCoordinatorRenamesAGroupAndHandsItToAnotherContactPerson() {
        SectorGroup group = group("coach");
        String name = "Bouw en renovatie " + UUID.randomUUID();

        changes.change(group.getId(), new SectorGroupEntry(name, "F — Bouwnijverheid", "Ook renovatie", "coach2"),
                COORDINATOR);

        SectorGroup read = groups.group(group.getId(), COORDINATOR);
        assertThat(read.getName()).isEqualTo(name);
        assertThat(read.getSector()).isEqualTo("F — Bouwnijverheid");
        assertThat(read.getContactPerson()).isEqualTo("coach2");
        assertThat(groups.mayManage(read, COACH2)).isTrue();
        assertThat(groups.mayManage(read, COACH)).isFalse();
    }

    @Test
    void aGroupKeepsItsOwnNameInAnotherCaseButNotAnotherGroupsName() {
        SectorGroup taken = group("coach");
        SectorGroup group = group("coach");

        changes.change(group.getId(), new SectorGroupEntry(group.getName().toUpperCase(), "F", null, "coach"),
                COORDINATOR);
        assertThatThrownBy(() -> changes.change(group.getId(), new SectorGroupEntry(taken.getName(), "F", null,
                "coach"), COORDINATOR)).isInstanceOf(DuplicateSectorGroupException.class);
    }

    @Test
    void onlyCoordinatorsChangeOrCloseAGroupNotEvenItsContactPerson() {
        SectorGroup group = group("coach");
        SectorGroupEntry entry = new SectorGroupEntry("Andere naam", "F", null, "coach");

        for (Actor actor : List.of(COACH, COACH2, OFFICE, ADMIN)) {
            assertThatThrownBy(() -> changes.change(group.getId(), entry, actor))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> changes.close(group.getId(), actor)).isInstanceOf(NotPermittedException.class);
        }
        assertThat(groups.group(group.getId(), COORDINATOR).isClosed()).isFalse();
        assertThat(groups.group(group.getId(), COORDINATOR).getName()).isEqualTo(group.getName());
    }

    @Test
    void closingEndsTheMembershipsTodayCancelsTheMeetingsAheadAndKeepsTheHistory() {
        Trajectory member = inProspecting("coach");
        SectorGroup group = group("coach");
        memberships.join(group.getId(), member.getId(), COACH);
        SectorMeeting meeting = meetings.plan(group.getId(), meetingIn(Duration.ofDays(3)), COACH);

        changes.close(group.getId(), COORDINATOR);

        SectorGroup closed = groups.group(group.getId(), COORDINATOR);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.getClosedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(groups.members(closed, COORDINATOR)).singleElement().satisfies(m -> {
            assertThat(m.isCurrent()).isFalse();
            assertThat(m.getLeftOn()).isEqualTo(LocalDate.now(clock));
        });
        assertThat(meetings.of(closed)).singleElement().satisfies(m -> assertThat(m.isCancelled()).isTrue());
        assertThat(caseload.dossier(member.getCandidate().getId(), COACH).timeline())
                .extracting(TimelineEntry::getKind).contains(TimelineKind.SECTOR_GROUP_CLOSED);
        assertThat(agendaOf(COORDINATOR)).extracting(AgendaItem::uid).doesNotContain(uid(meeting));
        assertThat(agendaOf(COACH)).extracting(AgendaItem::uid).doesNotContain(uid(meeting));
        assertThat(groups.visibleTo(COORDINATOR)).extracting(SectorGroup::getId).contains(group.getId());
    }

    @Test
    void aClosedGroupTakesNoMemberNoMeetingAndNoChange() {
        Trajectory candidate = inProspecting("coach");
        SectorGroup group = group("coach");
        SectorMeeting ahead = meetings.plan(group.getId(), meetingIn(Duration.ofDays(3)), COACH);
        changes.close(group.getId(), COORDINATOR);

        assertThatThrownBy(() -> memberships.join(group.getId(), candidate.getId(), COACH))
                .isInstanceOf(SectorGroupClosedException.class);
        assertThatThrownBy(() -> meetings.plan(group.getId(), meetingIn(Duration.ofDays(5)), COORDINATOR))
                .isInstanceOf(SectorGroupClosedException.class);
        assertThatThrownBy(() -> meetings.move(group.getId(), ahead.getId(), meetingIn(Duration.ofDays(6)),
                COORDINATOR)).isInstanceOf(SectorGroupClosedException.class);
        assertThatThrownBy(() -> changes.change(group.getId(), new SectorGroupEntry("Nieuw", "F", null, "coach"),
                COORDINATOR)).isInstanceOf(SectorGroupClosedException.class);
        assertThatThrownBy(() -> changes.close(group.getId(), COORDINATOR))
                .isInstanceOf(SectorGroupClosedException.class);
        SectorGroup closed = groups.group(group.getId(), COORDINATOR);
        assertThat(groups.members(closed, COORDINATOR)).isEmpty();
        assertThat(meetings.of(closed)).hasSize(1);
    }

    @Test
    void theContactPersonMovesAMeetingAndTheAgendaFollows() {
        Trajectory member = inProspecting("coach");
        SectorGroup group = group("coach");
        memberships.join(group.getId(), member.getId(), COACH);
        SectorMeeting meeting = meetings.plan(group.getId(), meetingIn(Duration.ofDays(2)), COACH);
        MeetingEntry later = new MeetingEntry(clock.instant().plus(Duration.ofDays(5)), 60, "Zaal 1", "Offertes");

        meetings.move(group.getId(), meeting.getId(), later, COACH);

        assertThat(agendaOf(COACH)).filteredOn(i -> i.uid().equals(uid(meeting))).singleElement().satisfies(i -> {
            assertThat(i.startsAt()).isEqualTo(later.startsAt());
            assertThat(i.endsAt()).isEqualTo(later.startsAt().plus(Duration.ofMinutes(60)));
            assertThat(i.detail()).isEqualTo("Offertes · Zaal 1");
        });
    }

    @Test
    void aMeetingIsNotMovedIntoThePast() {
        SectorGroup group = group("coach");
        SectorMeeting meeting = meetings.plan(group.getId(), meetingIn(Duration.ofDays(2)), COACH);

        assertThatThrownBy(() -> meetings.move(group.getId(), meeting.getId(), meetingIn(Duration.ofHours(-2)),
                COACH)).isInstanceOf(MeetingInPastException.class);
        entities.flush();
        entities.clear();
        assertThat(meetings.of(group)).singleElement().extracting(SectorMeeting::getStartsAt)
                .isEqualTo(meeting.getStartsAt());
    }

    @Test
    void aCancelledMeetingLeavesTheAgendaStaysOnTheGroupPageAndStaysCancelled() {
        SectorGroup group = group("coach");
        SectorMeeting meeting = meetings.plan(group.getId(), meetingIn(Duration.ofDays(2)), COACH);

        meetings.cancel(group.getId(), meeting.getId(), COORDINATOR);

        assertThat(agendaOf(COACH)).extracting(AgendaItem::uid).doesNotContain(uid(meeting));
        assertThat(meetings.of(group)).singleElement().satisfies(m -> assertThat(m.isCancelled()).isTrue());
        assertThatThrownBy(() -> meetings.cancel(group.getId(), meeting.getId(), COACH))
                .isInstanceOf(MeetingCancelledException.class);
        assertThatThrownBy(() -> meetings.move(group.getId(), meeting.getId(), meetingIn(Duration.ofDays(4)),
                COACH)).isInstanceOf(MeetingCancelledException.class);
    }

    @Test
    void aMeetingThatHasStartedIsNeitherMovedNorCancelled() {
        SectorGroup group = group("coach");
        SectorMeeting meeting = meetings.plan(group.getId(), meetingIn(Duration.ofDays(2)), COACH);
        entities.flush();
        jdbc.update("update sector_meeting set starts_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofMinutes(30))), meeting.getId());
        entities.clear();

        assertThatThrownBy(() -> meetings.move(group.getId(), meeting.getId(), meetingIn(Duration.ofDays(4)),
                COACH)).isInstanceOf(MeetingHeldException.class);
        assertThatThrownBy(() -> meetings.cancel(group.getId(), meeting.getId(), COACH))
                .isInstanceOf(MeetingHeldException.class);
    }

    @Test
    void onlyWhoeverKeepsTheGroupMovesOrCancelsItsMeetings() {
        SectorGroup group = group("coach");
        SectorMeeting meeting = meetings.plan(group.getId(), meetingIn(Duration.ofDays(2)), COACH);

        for (Actor actor : List.of(COACH2, OFFICE, ADMIN)) {
            assertThatThrownBy(() -> meetings.move(group.getId(), meeting.getId(), meetingIn(Duration.ofDays(4)),
                    actor)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> meetings.cancel(group.getId(), meeting.getId(), actor))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(meetings.of(group)).singleElement().satisfies(m -> assertThat(m.isCancelled()).isFalse());
    }

    @Test
    void aMeetingIsChangedOnlyThroughItsOwnGroup() {
        SectorGroup mine = group("coach");
        SectorGroup other = group("coach2");
        SectorMeeting meeting = meetings.plan(other.getId(), meetingIn(Duration.ofDays(2)), COACH2);

        assertThatThrownBy(() -> meetings.cancel(mine.getId(), meeting.getId(), COACH))
                .isInstanceOf(SectorMeetingNotFoundException.class);
        assertThat(meetings.of(other)).singleElement().satisfies(m -> assertThat(m.isCancelled()).isFalse());
    }

    @Test
    void anAdministratorSeesAMeetingInTheAgendaWithoutALinkToAGroupPageNotTheirs() {
        SectorGroup group = group("coach");
        SectorMeeting meeting = meetings.plan(group.getId(), meetingIn(Duration.ofDays(2)), COACH);

        assertThat(agendaOf(ADMIN)).filteredOn(i -> i.uid().equals(uid(meeting))).singleElement()
                .satisfies(i -> assertThat(i.groupId()).isNull());
        assertThat(agendaOf(COORDINATOR)).filteredOn(i -> i.uid().equals(uid(meeting))).singleElement()
                .satisfies(i -> assertThat(i.groupId()).isEqualTo(group.getId()));
        assertThat(agendaOf(COACH)).filteredOn(i -> i.uid().equals(uid(meeting))).singleElement()
                .satisfies(i -> assertThat(i.groupId()).isEqualTo(group.getId()));
        assertThatThrownBy(() -> groups.group(group.getId(), ADMIN)).isInstanceOf(NotPermittedException.class);
    }
}
