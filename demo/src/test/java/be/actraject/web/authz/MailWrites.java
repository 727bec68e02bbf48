package be.actraject.web.authz;

import java.util.List;

import static be.actraject.web.authz.Who.ADMINISTRATOR;
import static be.actraject.web.authz.Who.OFFICE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix's rows for the outbox (issue 18): what went to customers about every candidate is the office's and the
 * administrators' to read and to send again; coaches and coordinators are refused.
 */
final class MailWrites {

    private MailWrites() {
    }

    static List<Write> rows() {
        return List.of(
                Write.of("POST /outbox/{id}/send-now").allowedTo(OFFICE, ADMINISTRATOR)
                        .request(f -> post("/outbox/" + f.failedMail() + "/send-now")));
    }
}
