package be.actraject.web.authz;

import java.util.List;

import static be.actraject.web.authz.Who.ADMINISTRATOR;
import static be.actraject.web.authz.Who.ANOTHER_COACH;
import static be.actraject.web.authz.Who.COACH_OF_CANDIDATE;
import static be.actraject.web.authz.Who.COORDINATOR;
import static be.actraject.web.authz.Who.OFFICE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix's rows for the agenda (issue 16): a planned conversation is part of the coaching record (the coach of
 * the candidate and coordinators); everyone issues and revokes their own calendar feed, and only their own.
 */
final class AgendaWrites {

    private AgendaWrites() {
    }

    static List<Write> rows() {
        return List.of(
                Write.of("POST /candidates/{candidateId}/planned-conversations/new")
                        .allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().inProspecting()) + "/planned-conversations/new")
                                .param("startsAt", f.today().plusDays(3).atTime(10, 0).toString())
                                .param("kind", "PHONE").param("place", "Bellen")),
                Write.of("POST /planned-conversations/{id}/edit").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/planned-conversations/" + f.plannedConversation() + "/edit")
                                .param("startsAt", f.today().plusDays(4).atTime(14, 30).toString())
                                .param("kind", "VIDEO").param("place", "Teams")),
                Write.of("POST /planned-conversations/{id}/cancel").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post("/planned-conversations/" + f.plannedConversation() + "/cancel")),
                Write.of("POST /agenda/feed")
                        .allowedTo(COACH_OF_CANDIDATE, ANOTHER_COACH, COORDINATOR, OFFICE, ADMINISTRATOR)
                        .request(f -> post("/agenda/feed")),
                Write.of("POST /agenda/feed/revoke")
                        .allowedTo(COACH_OF_CANDIDATE, ANOTHER_COACH, COORDINATOR, OFFICE, ADMINISTRATOR)
                        .request(f -> post("/agenda/feed/revoke")));
    }
}
