package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.Scale;
import be.actraject.domain.earnings.ExtraEarningsStatements;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Every document route — the papers printed from the dossier, the development report, an attached file, the invoice,
 * e-invoice, quote and statement — answers a colleague outside the candidate's caseload as the dossier page does:
 * 403, on the error page, whichever id the path names; a colleague's paper under one's own candidate, and an id that
 * names nothing, 404 (issue 16: the printed POP said 403 where the development report of the same candidate said
 * 404).
 */
@FullStackTest
class DocumentRoutesAccessTest {

    /** An id no row has. */
    private static final long NONE = 987_654_321L;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Assessments assessments;
    @Autowired
    ExtraEarningsStatements statements;
    @Autowired
    Clock clock;

    private TestTrajectory theirs;

    /** A candidate of "coach" in invoicing, with every document the routes hand out. */
    @BeforeEach
    void aCandidateOfAColleagueWithEveryDocument() throws Exception {
        theirs = new TestTrajectories(context).candidate("Dora", "Documenta").coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customer = invoicing.business(theirs, "Drukkerij Documenta", "coach");
        invoicing.issuedInvoice(theirs, customer, "Drukkerij Documenta", "120.00", "coach");
        invoicing.openQuote(theirs, customer, "coach");
        mvc.perform(multipart(theirs.dossier() + "/documents").file(new MockMultipartFile("file", "plan.pdf",
                        "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .param("kind", "OTHER").with(csrf()).session(signIn("coach")));
        Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            scores.put(c, 3);
        }
        assessments.record(theirs.trajectoryId(), LocalDate.now(clock), new Scale(1, 5), scores,
                Actor.of("coach", Role.COACH));
        statements.draw(theirs.trajectoryId(), YearMonth.now(clock).minusMonths(1), new BigDecimal("10"),
                new BigDecimal("2.00"), Actor.of("office", Role.OFFICE));
    }

    @Test
    void aColleagueOutsideTheCaseloadIsRefusedEveryDocumentAsTheDossierPage() throws Exception {
        MockHttpSession colleague = signIn("coach2");
        assertThat(status(get(theirs.dossier()), colleague)).as("the dossier page").isEqualTo(403);

        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String route : routesOf(theirs)) {
            answers.put(route, status(get(route), colleague));
        }

        assertThat(answers).as("what every route answers").allSatisfy((route, status) ->
                assertThat(status).as(route).isEqualTo(403));
    }

    @Test
    void aColleaguesPaperUnderTheirOwnCandidateIsNotFoundThere() throws Exception {
        TestTrajectory own = new TestTrajectories(context).candidate("Ivo", "Eigenkandidaat").coachedBy("coach2")
                .registered();
        MockHttpSession colleague = signIn("coach2");

        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String route : routesOf(theirs)) {
            if (route.matches(".*/(conversations|assessments|documents)/\\d+(/report\\.pdf)?")
                    && !route.contains(Long.toString(NONE))) {
                answers.put(route, status(get(route.replace(theirs.dossier(), own.dossier())), colleague));
            }
        }

        assertThat(answers.keySet()).anyMatch(r -> r.contains("/conversations/"))
                .anyMatch(r -> r.contains("/assessments/")).anyMatch(r -> r.contains("/documents/"));
        assertThat(answers).allSatisfy((route, status) -> assertThat(status).as(route).isEqualTo(404));
    }

    @Test
    void whatDoesNotExistIsNotFoundOnEveryDocumentRoute() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        assertThat(status(get("/candidates/" + NONE), coordinator)).as("the dossier page").isEqualTo(404);

        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String route : List.of("/candidates/" + NONE + "/plan.pdf", "/candidates/" + NONE + "/summary.pdf",
                "/candidates/" + NONE + "/conversations/" + NONE + "/report.pdf",
                "/candidates/" + NONE + "/assessments/" + NONE + "/report.pdf",
                "/candidates/" + NONE + "/documents/" + NONE, "/invoices/" + NONE + "/pdf",
                "/invoices/" + NONE + "/ubl", "/quotes/" + NONE + "/pdf", "/statements/" + NONE + "/pdf")) {
            answers.put(route, status(get(route), coordinator));
        }

        assertThat(answers).allSatisfy((route, status) -> assertThat(status).as(route).isEqualTo(404));
    }

    /**
     * Each route with the ids of the candidate's own rows, and those that name the candidate in the path once more
     * with an id that names nothing: the candidate decides first, as on the dossier page.
     */
    private List<String> routesOf(TestTrajectory t) {
        String dossier = t.dossier();
        long trajectory = t.trajectoryId();
        List<String> routes = new ArrayList<>(List.of(dossier + "/plan.pdf", dossier + "/summary.pdf"));
        for (Long id : ids("select id from individual_conversation where trajectory_id = ?", trajectory)) {
            routes.add(dossier + "/conversations/" + id + "/report.pdf");
        }
        for (Long id : ids("select id from entre_spiegel_assessment where trajectory_id = ?", trajectory)) {
            routes.add(dossier + "/assessments/" + id + "/report.pdf");
        }
        for (Long id : ids("select id from candidate_document where candidate_id = ?", t.candidateId())) {
            routes.add(dossier + "/documents/" + id);
        }
        for (Long id : ids("select id from invoice where trajectory_id = ? and status = 'ISSUED'", trajectory)) {
            routes.add("/invoices/" + id + "/pdf");
            routes.add("/invoices/" + id + "/ubl");
        }
        for (Long id : ids("select id from quote where trajectory_id = ?", trajectory)) {
            routes.add("/quotes/" + id + "/pdf");
        }
        for (Long id : ids("select id from extra_earnings_statement where trajectory_id = ?", trajectory)) {
            routes.add("/statements/" + id + "/pdf");
        }
        routes.addAll(List.of(dossier + "/conversations/" + NONE + "/report.pdf",
                dossier + "/assessments/" + NONE + "/report.pdf", dossier + "/documents/" + NONE));
        assertThat(routes).as("a route of every kind")
                .anyMatch(r -> r.matches(".*/conversations/\\d+/report.pdf") && !r.contains(Long.toString(NONE)))
                .anyMatch(r -> r.matches(".*/assessments/\\d+/report.pdf") && !r.contains(Long.toString(NONE)))
                .anyMatch(r -> r.matches(".*/documents/\\d+") && !r.contains(Long.toString(NONE)))
                .anyMatch(r -> r.endsWith("/ubl")).anyMatch(r -> r.startsWith("/quotes/"))
                .anyMatch(r -> r.startsWith("/statements/"));
        return routes;
    }

    private List<Long> ids(String sql, long id) {
        return jdbc.queryForList(sql, Long.class, id);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(request.session(session)).andReturn();
        int status = result.getResponse().getStatus();
        if (status >= 400) {
            assertThat(result.getResponse().getContentType()).as(result.getRequest().getRequestURI())
                    .startsWith("text/html");
        }
        return status;
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
