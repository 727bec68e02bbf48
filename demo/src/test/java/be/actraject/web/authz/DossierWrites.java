package be.actraject.web.authz;

import be.actraject.web.fixtures.TestInvoicing;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static be.actraject.web.authz.Who.ANOTHER_COACH;
import static be.actraject.web.authz.Who.COACH_OF_CANDIDATE;
import static be.actraject.web.authz.Who.COORDINATOR;
import static be.actraject.web.authz.Who.OFFICE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix's rows for a candidate's dossier: registration, the coaching record (coach of the candidate and
 * coordinators), invoicing work (and office staff) and payments (office staff and coordinators). The candidates are
 * {@code coach}'s ({@link MatrixCandidates}): one prospecting, one invoicing, one with a plan, one to stop.
 */
final class DossierWrites {

    private DossierWrites() {
    }

    static List<Write> rows() {
        return List.of(
                Write.of("POST /candidates/new").allowedTo(COACH_OF_CANDIDATE, ANOTHER_COACH, COORDINATOR)
                        .request((f, user) -> post("/candidates/new").param("firstName", "Matrix")
                                .param("lastName", "Kandidaat").param("email", "matrix@example.be")
                                .param("phone", "").param("street", "Kerkstraat 1").param("postalCode", "9000")
                                .param("municipality", "Gent").param("dateOfBirth", "1990-01-01")
                                .param("jobSeekerNumber", f.unique("MATRIX")).param("dateOfEntry", f.today().toString())
                                .param("businessIdea", "Proefproject")
                                .param("coach", user.startsWith("coach") ? user : "coach")),
                Write.of("POST /candidates/{candidateId}/personal-data").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().toCorrect("data")) + "/personal-data")
                                .param("firstName", "Vera").param("lastName", "Matrixverbetering data")
                                .param("email", "vera@example.be").param("phone", "0470 12 34 56")
                                .param("street", "Kerkstraat 2").param("postalCode", "9000")
                                .param("municipality", "Gent").param("dateOfBirth", "1990-01-01")
                                .param("jobSeekerNumber", f.unique("MATRIX")).param("businessIdea", "Proefproject")
                                .param("version", Long.toString(f.versionOf(f.candidates().toCorrect("data"))))),
                Write.of("POST /candidates/{candidateId}/coach").allowedTo(COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().toCorrect("coach")) + "/coach")
                                .param("coach", "coach2").param("reason", "Coach met verlof")),
                Write.of("POST /candidates/{candidateId}/date-of-entry").allowedTo(COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().toCorrect("entry")) + "/date-of-entry")
                                .param("dateOfEntry", f.today().minusWeeks(3).toString())
                                .param("reason", "Instap verkeerd getypt")),
                Write.of("POST /candidates/{candidateId}/prospecting/new").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().inProspecting()) + "/prospecting/new")
                                .param("happenedOn", f.today().toString())
                                .param("kind", "FAIR_OR_MARKET").param("description", "Stand op de kerstmarkt")),
                Write.of("POST /candidates/{candidateId}/deliverables").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().inExploration()) + "/deliverables")
                                .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "IN_PROGRESS")
                                .param("deliverables[0].note", "Bij de webbouwer")),
                Write.of("POST /candidates/{candidateId}/prospecting/{activityId}")
                        .allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().inProspecting()) + "/prospecting/"
                                + f.prospectingActivity())
                                .param("happenedOn", f.today().toString()).param("kind", "QUOTE")
                                .param("description", "Offerte voor de bakkerij").param("result", "Aanvaard")),
                Write.of("POST /candidates/{candidateId}/documents").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> multipart(f.dossier(f.candidates().inProspecting()) + "/documents")
                                .file(new MockMultipartFile("file", "plan.pdf", "application/pdf",
                                        "%PDF-1.4\n% ondernemingsplan\n".getBytes(StandardCharsets.US_ASCII)))
                                .param("kind", "BUSINESS_PLAN")),
                Write.of("POST /candidates/{candidateId}/stop").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().atConversation("to stop")) + "/stop")
                                .param("note", "Stopt ermee")),
                Write.of("POST /candidates/{candidateId}/costs").allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR)
                        .request(f -> post(
                                f.dossier(f.candidates().invoicing()) + "/costs").param("spentOn", f.today().toString())
                                .param("description", "Kettingolie").param("amount", "12,50")),
                Write.of("POST /candidates/{candidateId}/customers/new")
                        .allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR)
                        .request(f -> post(
                                f.dossier(f.candidates().invoicing()) + "/customers/new").param("kind", "CONSUMER")
                                .param("name", "Marie Matrix").param("street", "Markt 1").param("postalCode", "2800")
                                .param("city", "Mechelen").param("countryCode", "BE")),
                // The name stays: other rows find this customer by it.
                Write.of("POST /candidates/{candidateId}/customers/{customerId}/edit")
                        .allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR)
                        .request(f -> post(f.dossier(f.candidates().invoicing()) + "/customers/"
                                + f.customer(MatrixCandidates.CUSTOMER) + "/edit").param("kind", "BELGIAN_BUSINESS")
                                .param("name", MatrixCandidates.CUSTOMER).param("street", "Stationsplein 2")
                                .param("postalCode", "2800").param("city", "Mechelen").param("countryCode", "BE")
                                .param("enterpriseNumber", TestInvoicing.ENTERPRISE_NUMBER)
                                .param("vatRegistered", "true")),
                Write.of("POST /candidates/{candidateId}/quotes/new [addLines]")
                        .allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR).answers(200)
                        .request(f -> lines(quote(f)).param("addLines", "")),
                Write.of("POST /candidates/{candidateId}/quotes/new").allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR)
                        .request(f -> lines(quote(f))),
                Write.of("POST /candidates/{candidateId}/invoices/new [addLines]")
                        .allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR).answers(200)
                        .request(f -> lines(invoice(f)).param("addLines", "")),
                Write.of("POST /candidates/{candidateId}/invoices/new")
                        .allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR)
                        .request(f -> lines(invoice(f))),
                Write.of("POST /candidates/{candidateId}/plan").allowedTo(COACH_OF_CANDIDATE, COORDINATOR)
                        .request(f -> plan(f, post(f.dossier(f.candidates().awaitingGroup()) + "/plan"))),
                Write.of("POST /invoices/{invoiceId}/credit-notes/new [addLines]")
                        .allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR).answers(200)
                        .request(f -> lines(creditNote(f)).param("addLines", "")),
                Write.of("POST /invoices/{invoiceId}/credit-notes/new")
                        .allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR)
                        .request(f -> lines(creditNote(f))),
                Write.of("POST /invoices/{invoiceId}/payments").allowedTo(OFFICE, COORDINATOR)
                        .request(f -> post("/invoices/" + f.issuedInvoice() + "/payments")
                                .param("paidOn", f.today().toString()).param("amount", "1.00")
                                .param("reference", "Uittreksel 7")),
                Write.of("POST /quotes/{quoteId}/decline").allowedTo(COACH_OF_CANDIDATE, OFFICE, COORDINATOR)
                        .request(f -> post("/quotes/" + f.openQuote() + "/decline")));
    }

    private static MockHttpServletRequestBuilder quote(MatrixFixture f) {
        return post(f.dossier(f.candidates().invoicing()) + "/quotes/new")
                .param("customerId", Long.toString(f.customer(MatrixCandidates.CUSTOMER)))
                .param("subject", "Fietsherstel op de wintermarkt")
                .param("validUntil", f.today().plusDays(30).toString());
    }

    private static MockHttpServletRequestBuilder invoice(MatrixFixture f) {
        return post(f.dossier(f.candidates().invoicing()) + "/invoices/new")
                .param("customerId", Long.toString(f.customer(MatrixCandidates.CUSTOMER)))
                .param("description", "Fietsherstel op de wintermarkt");
    }

    private static MockHttpServletRequestBuilder creditNote(MatrixFixture f) {
        return post("/invoices/" + f.issuedInvoice() + "/credit-notes/new")
                .param("reason", "Een uur minder gewerkt");
    }

    /** One line of an invoice, quote or credit note. */
    static MockHttpServletRequestBuilder lines(MockHttpServletRequestBuilder request) {
        return request.param("lines[0].description", "Herstellingen ter plaatse").param("lines[0].quantity", "1")
                .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", "10.00").param("lines[0].vatCode", "21");
    }

    /** A plan of one objective with one action. */
    static MockHttpServletRequestBuilder plan(MatrixFixture f, MockHttpServletRequestBuilder request) {
        return request.param("agreedOn", f.today().toString()).param("objectives[0].competency", "NETWORKING")
                .param("objectives[0].description", "Een netwerk opbouwen")
                .param("objectives[0].actions[0].description", "Netwerkavond bijwonen")
                .param("objectives[0].actions[0].targetOn", f.today().plusDays(14).toString());
    }
}
