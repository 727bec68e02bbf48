package be.actraject.web.authz;

import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.ExpertEntry;
import be.actraject.domain.sector.Experts;
import be.actraject.domain.sector.MeetingEntry;
import be.actraject.domain.sector.SectorGroupEntry;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.sector.SectorMeetings;
import be.actraject.workflow.Role;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * What the sector rows of the matrix post about, made on first use: a sector group whose contact person is
 * {@code coach} (the coach of the matrix's candidates, so "the coach of the candidate" keeps the group and "another
 * coach" neither keeps it nor sees it), a meeting of it ahead, and an expert in the register. A close or a
 * cancellation uses up what it posts about, so those rows get a group or a meeting of their own each time.
 */
final class SectorFixture {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    private final SectorGroups groups;
    private final Experts experts;
    private final SectorMeetings meetings;
    private final Clock clock;
    private Long group;
    private Long meeting;
    private Long expert;

    SectorFixture(ApplicationContext context) {
        this.groups = context.getBean(SectorGroups.class);
        this.experts = context.getBean(Experts.class);
        this.meetings = context.getBean(SectorMeetings.class);
        this.clock = context.getBean(Clock.class);
    }

    /** A running group of its own, kept by {@code coach}: for a row that closes what it posts about. */
    long freshGroup() {
        return groups.create(new SectorGroupEntry("Matrix-sectorgroep " + UUID.randomUUID(), "I — Horeca", null,
                "coach"), COORDINATOR).getId();
    }

    /** The matrix group's meeting ahead, to move. */
    long meeting() {
        if (meeting == null) {
            meeting = freshMeeting();
        }
        return meeting;
    }

    /** A meeting of the matrix group of its own, ahead: for a row that cancels it. */
    long freshMeeting() {
        return meetings.plan(group(), new MeetingEntry(clock.instant().plus(Duration.ofDays(9)), 90, "Lokaal 3",
                "Matrixbijeenkomst"), COORDINATOR).getId();
    }

    long group() {
        if (group == null) {
            group = groups.create(new SectorGroupEntry("Matrix-sectorgroep", "I — Horeca", null, "coach"),
                    COORDINATOR).getId();
        }
        return group;
    }

    long expert() {
        if (expert == null) {
            expert = experts.register(new ExpertEntry("Matrix Expert", "Boekhouding", null,
                    "matrix-expert@example.be", null, null), COORDINATOR).getId();
        }
        return expert;
    }
}
