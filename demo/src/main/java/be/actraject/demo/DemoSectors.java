package be.actraject.demo;

import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.Expert;
import be.actraject.domain.sector.ExpertEntry;
import be.actraject.domain.sector.Experts;
import be.actraject.domain.sector.Introductions;
import be.actraject.domain.sector.MeetingEntry;
import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroupEntry;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.sector.SectorMeetings;
import be.actraject.domain.sector.SectorMemberships;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo's sector groups and experts: "Horeca & catering" with the coffee bar in it and a meeting ahead, "Ambacht
 * en bouw" still without members, three experts in the register and one introduction logged in the prospecting.
 */
class DemoSectors {

    private final SectorGroups groups;
    private final SectorMemberships memberships;
    private final SectorMeetings meetings;
    private final Experts experts;
    private final Introductions introductions;
    private final Clock clock;

    DemoSectors(SectorGroups groups, SectorMemberships memberships, SectorMeetings meetings, Experts experts,
                Introductions introductions, Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.meetings = meetings;
        this.experts = experts;
        this.introductions = introductions;
        this.clock = clock;
    }

    /** @param coffeeBar a trajectory in the prospecting coached by {@code coach} */
    void create(long coffeeBar, Actor coach, Actor coordinator) {
        SectorGroup horeca = groups.create(new SectorGroupEntry("Horeca & catering", "I — Verschaffen van accommodatie"
                + " en maaltijden", "Kandidaten met een zaak in eten en drinken: prijzen, vergunningen, leveranciers.",
                coach.userId()), coordinator);
        groups.create(new SectorGroupEntry("Ambacht en bouw", "F — Bouwnijverheid",
                "Vaklui die herstellen, renoveren en bouwen.", "coach2"), coordinator);
        memberships.join(horeca.getId(), coffeeBar, coordinator);
        LocalDate day = LocalDate.now(clock).plusDays(9);
        meetings.plan(horeca.getId(), new MeetingEntry(day.atTime(19, 0).atZone(clock.getZone()).toInstant(), 120,
                "Kantoor Gent, zaal 2", "Samen inkopen bij de groothandel"), coordinator);

        Expert accountant = experts.register(new ExpertEntry("Marleen Claeys", "Boekhouding horeca",
                "Boekhoudkantoor Claeys", "marleen@claeys-boekhouding.example", "09 234 56 78",
                "Kent de btw-regels voor catering en evenementen."), coordinator);
        experts.register(new ExpertEntry("Johan De Smet", "Dakwerken en renovatie", "Bouwunie",
                "johan.desmet@bouwunie.example", "0475 11 22 33", null), coordinator);
        experts.register(new ExpertEntry("Sofie Wouters", "Voedselveiligheid (FAVV)", null,
                "sofie.wouters@voedselveilig.example", null, "Helpt met de autocontrolegids."), coach);
        introductions.introduce(coffeeBar, accountant.getId(), LocalDate.now(clock).minusDays(2),
                "Btw op evenementen en het kasregister", coach);
    }
}
