package be.actraject.web.authz;

import java.util.List;

import static be.actraject.web.authz.Who.ADMINISTRATOR;
import static be.actraject.web.authz.Who.ANOTHER_COACH;
import static be.actraject.web.authz.Who.COACH_OF_CANDIDATE;
import static be.actraject.web.authz.Who.COORDINATOR;
import static be.actraject.web.authz.Who.OFFICE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix's row for "Mijn meldingen" (issue 18): everyone chooses their own notifications, and only their own —
 * the user comes from the sign-in ({@code NotificationSettingsPageTest} shows that a user id in the form is ignored).
 */
final class NotificationWrites {

    private NotificationWrites() {
    }

    static List<Write> rows() {
        return List.of(
                Write.of("POST /account/notifications")
                        .allowedTo(COACH_OF_CANDIDATE, ANOTHER_COACH, COORDINATOR, OFFICE, ADMINISTRATOR)
                        .request(f -> post("/account/notifications").param("kind", "INVOICE_SENT_BACK")));
    }
}
