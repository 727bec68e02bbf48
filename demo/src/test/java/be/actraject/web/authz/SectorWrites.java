package be.actraject.web.authz;

import java.util.List;

import static be.actraject.web.authz.Who.ANOTHER_COACH;
import static be.actraject.web.authz.Who.COACH_OF_CANDIDATE;
import static be.actraject.web.authz.Who.COORDINATOR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix's rows for sector groups and experts (issue 17): coordinators start, change and close groups; a
 * group's members and meetings (planned, moved, cancelled) are kept by the coordinators and its contact person ({@link SectorFixture}: the coach of the candidate);
 * coaches and coordinators keep the expert register; an introduction is a prospecting activity, the coaching
 * record's (the coach of the candidate and coordinators).
 */
final class SectorWrites {

    private SectorWrites() {
    }

    static List<Write> rows() {
        return List.of(
                Write.of("POST /sector-groups").allowedTo(COORDINATOR)
                        .request(f -> post("/sector-groups").param("name", f.unique("Sectorgroep "))
                                .param("sector", "F — Bouw").param("contactPerson", "coach")),
                Write.of("POST /sector-groups/{groupId}/members").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/sector-groups/" + f.sectors().group() + "/members")
                                .param("trajectoryId", Long.toString(f.candidates().inProspecting().trajectoryId()))),
                Write.of("POST /sector-groups/{groupId}/members/{trajectoryId}/leave")
                        .allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/sector-groups/" + f.sectors().group() + "/members/"
                                + f.candidates().inProspecting().trajectoryId() + "/leave")),
                Write.of("POST /sector-groups/{groupId}/meetings").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/sector-groups/" + f.sectors().group() + "/meetings")
                                .param("startsAt", f.today().plusDays(10).atTime(19, 0).toString())
                                .param("durationMinutes", "90").param("place", "Lokaal 2")
                                .param("topic", "Samen inkopen")),
                Write.of("POST /sector-groups/{groupId}/edit").allowedTo(COORDINATOR)
                        .request(f -> post("/sector-groups/" + f.sectors().freshGroup() + "/edit")
                                .param("name", f.unique("Sectorgroep ")).param("sector", "I — Horeca")
                                .param("contactPerson", "coach2")),
                Write.of("POST /sector-groups/{groupId}/close").allowedTo(COORDINATOR)
                        .request(f -> post("/sector-groups/" + f.sectors().freshGroup() + "/close")),
                Write.of("POST /sector-groups/{groupId}/meetings/{meetingId}/edit")
                        .allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/sector-groups/" + f.sectors().group() + "/meetings/"
                                + f.sectors().meeting() + "/edit")
                                .param("startsAt", f.today().plusDays(12).atTime(19, 0).toString())
                                .param("durationMinutes", "90").param("place", "Lokaal 4")
                                .param("topic", "Samen inkopen")),
                Write.of("POST /sector-groups/{groupId}/meetings/{meetingId}/cancel")
                        .allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/sector-groups/" + f.sectors().group() + "/meetings/"
                                + f.sectors().freshMeeting() + "/cancel")),
                Write.of("POST /experts/new").allowedTo(COACH_OF_CANDIDATE, ANOTHER_COACH, COORDINATOR)
                        .request(f -> post("/experts/new").param("name", "Els Maes").param("field", "Dakwerken")
                                .param("email", f.unique("els") + "@example.be")),
                Write.of("POST /experts/{expertId}").allowedTo(COACH_OF_CANDIDATE, ANOTHER_COACH, COORDINATOR)
                        .request(f -> post("/experts/" + f.sectors().expert()).param("name", "Matrix Expert")
                                .param("field", "Boekhouding en fiscaliteit").param("email", "matrix-expert@example.be")),
                Write.of("POST /candidates/{candidateId}/introductions/new").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().inProspecting()) + "/introductions/new")
                                .param("expertId", Long.toString(f.sectors().expert()))
                                .param("introducedOn", f.today().toString()).param("note", "Vraag over btw")));
    }
}
