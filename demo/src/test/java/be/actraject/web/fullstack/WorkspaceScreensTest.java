package be.actraject.web.fullstack;

import be.actraject.web.fixtures.TestGroups;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coach's workspace on the demo data, through the whole stack: the dossier's spider chart and development
 * report, a new plan version, documents, the reference profile and the learning group's attendance — and every
 * one of them refused to those who may not see it.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:workspace-screens;DB_CLOSE_DELAY=-1")
@Tag("dates")
class WorkspaceScreensTest {

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
    }

    private TestTrajectories trajectories() {
        return new TestTrajectories(context);
    }

    /** The dossier of a candidate of {@code coach} in the invoicing phase. */
    private String invoicingDossier(String first, String last) {
        return trajectories().candidate(first, last).coachedBy("coach").inInvoicing().dossier();
    }

    @Test
    void theDossierDrawsTheSpiderChartAndTheReportIsAPdfWithTheScores() throws Exception {
        String hanne = trajectories().candidate("Hanne", "Spinneweb").coachedBy("coach").awaitingGroup().dossier();
        MockHttpSession coach = signIn("coach");

        String dossier = page(coach, hanne);
        assertThat(dossier).contains("<svg", "data-series=\"latest\"", "data-series=\"reference\"",
                "Spinnenwebgrafiek", "Open actiepunten", "Entre-spiegel afleggen",
                "data-testid=\"dossier-plan\"");
        Matcher report = Pattern.compile("href=\"(/candidates/\\d+/assessments/\\d+/report\\.pdf)\"").matcher(dossier);
        assertThat(report.find()).isTrue();

        MvcResult pdf = mvc.perform(get(report.group(1)).session(coach))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ontwikkelingsrapport Entre-spiegel", "Hanne Spinneweb", "Doorzettingsvermogen",
                    "Grootste verschillen met de referentie");
        }

        mvc.perform(get(report.group(1)).session(signIn("coach2"))).andExpect(status().isForbidden());
        mvc.perform(get(hanne).session(signIn("coach2"))).andExpect(status().isForbidden());
        mvc.perform(get(report.group(1)).session(signIn("office"))).andExpect(status().isForbidden());
    }

    @Test
    void officeStaffSeeWhatInvoicingNeedsAndNotTheCoachingRecord() throws Exception {
        String hanne = trajectories().candidate("Hanne", "Kantoorzicht").coachedBy("coach").awaitingGroup().dossier();
        String asOffice = page(signIn("office"), hanne);
        assertThat(asOffice).contains("Hanne Kantoorzicht", "data-testid=\"dossier-phase\"")
                .doesNotContain("Spinnenwebgrafiek", "Individuele gesprekken", "Open actiepunten",
                        "Documenten", "dossier-plan");
        String asCoach = page(signIn("coach"), hanne);
        assertThat(asCoach).contains("Spinnenwebgrafiek", "Individuele gesprekken", "Documenten");
        assertThat(page(signIn("coach"), hanne + "?lang=en")).contains("Spider chart of the Entre-spiegel",
                "Open action points", "Documents", "Days left");
    }

    @Test
    void aNewPlanVersionStartsFromTheCurrentOneAndBadInputComesBackKept() throws Exception {
        String hanne = trajectories().candidate("Pieter", "Popversie").coachedBy("coach").awaitingGroup().dossier();
        MockHttpSession coach = signIn("coach");

        mvc.perform(get(hanne + "/plan").session(coach))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Versie 2 van het POP")))
                .andExpect(content().string(containsString("value=\"Drie concurrenten bezoeken\"")));

        String today = LocalDate.now(clock).toString();
        mvc.perform(post(hanne + "/plan").with(csrf()).session(coach)
                        .param("agreedOn", today)
                        .param("objectives[0].competency", "NETWORKING")
                        .param("objectives[0].description", "Een netwerk opbouwen")
                        .param("objectives[0].actions[0].description", "Netwerkavond bijwonen"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("plan", "objectives[0].actions[0].targetOn"))
                .andExpect(content().string(containsString("value=\"Netwerkavond bijwonen\"")));

        mvc.perform(post(hanne + "/plan").with(csrf()).session(coach)
                        .param("agreedOn", today)
                        .param("objectives[0].competency", "NETWORKING")
                        .param("objectives[0].description", "Een netwerk opbouwen")
                        .param("objectives[0].actions[0].description", "Netwerkavond bijwonen")
                        .param("objectives[0].actions[0].targetOn", today)
                        .param("objectives[0].actions[0].doneOn", today))
                .andExpect(redirectedUrl(hanne))
                .andExpect(flashMessage("plan.saved"));
        assertThat(page(coach, hanne)).contains("POP versie 2", "Een netwerk opbouwen", "gedaan op",
                "data-testid=\"plan-versions\"", "Versie 1 van", "Drie concurrenten bezoeken");

        mvc.perform(post(hanne + "/plan").with(csrf()).session(signIn("coach2")).param("agreedOn", today))
                .andExpect(status().isForbidden());
        mvc.perform(get(hanne + "/plan").session(signIn("office"))).andExpect(status().isForbidden());
    }

    @Test
    void documentsAreAttachedCheckedAndDownloadedOnlyByThoseWhoSeeTheCandidate() throws Exception {
        String hanne = trajectories().candidate("Hanne", "Documenten").coachedBy("coach").awaitingGroup().dossier();
        MockHttpSession coach = signIn("coach");
        byte[] pdf = "%PDF-1.4\n% ondernemingsplan\n".getBytes(StandardCharsets.US_ASCII);

        mvc.perform(multipart(hanne + "/documents").file(new MockMultipartFile("file", "ondernemingsplan.pdf",
                        "application/pdf", pdf)).param("kind", "BUSINESS_PLAN").with(csrf()).session(coach))
                .andExpect(redirectedUrl(hanne + "#documents"))
                .andExpect(flashMessage("document.attached", "ondernemingsplan.pdf"));
        String dossier = page(coach, hanne);
        Matcher link = Pattern.compile("href=\"(" + Pattern.quote(hanne) + "/documents/\\d+)\">ondernemingsplan\\.pdf<")
                .matcher(dossier);
        assertThat(link.find()).isTrue();
        assertThat(dossier).as("a file of %d bytes is not 0 kB", pdf.length).contains("1 kB ·")
                .doesNotContain("0 kB ·");
        mvc.perform(get(link.group(1)).session(coach))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get(link.group(1)).session(signIn("coach2"))).andExpect(status().isForbidden());
        mvc.perform(get(link.group(1)).session(signIn("office"))).andExpect(status().isForbidden());

        mvc.perform(multipart(hanne + "/documents").file(new MockMultipartFile("file", "factuur.exe",
                        "application/octet-stream", "MZ...".getBytes(StandardCharsets.US_ASCII)))
                        .param("kind", "OTHER").with(csrf()).session(coach))
                .andExpect(redirectedUrl(hanne + "#documents"))
                .andExpect(flashMessage("document.refused.TYPE"));
        byte[] large = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        mvc.perform(multipart(hanne + "/documents").file(new MockMultipartFile("file", "groot.pdf",
                        "application/pdf", large)).param("kind", "OTHER").with(csrf()).session(coach))
                .andExpect(flashMessage("document.refused.TOO_LARGE"));
        mvc.perform(multipart(hanne + "/documents").file(new MockMultipartFile("file", "plan.pdf",
                        "application/pdf", pdf)).param("kind", "OTHER").with(csrf()).session(signIn("office")))
                .andExpect(status().isForbidden());
        assertThat(page(coach, hanne)).doesNotContain("factuur.exe", "groot.pdf");
    }

    @Test
    void onlyCoordinatorsSetTheReferenceProfileAndAnIncompleteOneIsRefusedField() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        mvc.perform(get("/settings/reference-profile").session(signIn("coach"))).andExpect(status().isForbidden());
        mvc.perform(get("/settings/reference-profile").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Standaardprofiel")));

        mvc.perform(post("/settings/reference-profile").with(csrf()).session(coordinator)
                        .param("scores[NETWORKING]", "9").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("profile", "reason", "scores[NETWORKING]",
                        "scores[PERSEVERANCE]"));

        var valid = post("/settings/reference-profile").with(csrf()).session(coordinator)
                .param("reason", "Netwerken weegt zwaarder");
        for (String c : new String[]{"PERSEVERANCE", "SELF_KNOWLEDGE", "SENSE_OF_PROFITABILITY", "DECISIVENESS",
                "INDEPENDENCE", "FORWARD_PLANNING", "PERSUASIVENESS", "NETWORKING", "SPOTTING_OPPORTUNITIES",
                "MARKET_INSIGHT", "SOLIDARITY_AND_ENVIRONMENTAL_CARE", "LEARNING_ORIENTATION"}) {
            valid.param("scores[" + c + "]", c.equals("NETWORKING") ? "5" : "4");
        }
        mvc.perform(valid).andExpect(redirectedUrl("/settings/reference-profile"));
        assertThat(page(coordinator, "/settings/reference-profile")).contains("Netwerken weegt zwaarder");
    }

    @Test
    void aLearningGroupShowsItsAttendanceToItsCoachAndNotToAnotherCoach() throws Exception {
        TestTrajectories trajectories = trajectories();
        TestTrajectory member = trajectories.candidate("Gust", "Groepslid").coachedBy("coach").inExploration();
        TestGroups groups = new TestGroups(context);
        groups.heldSession(trajectories.group(), "Je doelgroep beschrijven", 14);
        groups.heldSession(trajectories.group(), "Je prijs berekenen", 1);
        String group = "/groups/" + trajectories.group();

        String asCoach = page(signIn("coach"), group);
        assertThat(asCoach).contains("data-testid=\"attendance-history\"", "Je doelgroep beschrijven",
                "Je prijs berekenen");
        mvc.perform(get(group).session(signIn("coach2"))).andExpect(status().isForbidden());
        assertThat(page(signIn("coach"), member.dossier()))
                .contains("data-testid=\"dossier-attendance\"", "Je doelgroep beschrijven", "Aanwezig");
        assertThat(page(signIn("coach2"), "/groups")).doesNotContain("href=\"" + group + "\"");
    }

    @Test
    void aCoachSeesOnlyTheirCaseloadInTheWorklistAndNeverAColleaguesCandidate() throws Exception {
        TestTrajectories trajectories = trajectories();
        trajectories.candidate("Fien", "Vancollega").coachedBy("coach2").atPop();
        trajectories.candidate("Tom", "Vancollega").coachedBy("coach2").atIntakeDecision();
        MockHttpSession coach = signIn("coach");
        String mine = page(coach, "/tasks?scope=MINE");
        assertThat(mine).doesNotContain("Fien Vancollega", "Tom Vancollega");
        mvc.perform(get("/tasks?scope=ALL").session(coach))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Alle open taken"))));
        assertThat(page(signIn("coordinator"), "/tasks?scope=ALL&candidate=Vancollega")).contains("Fien Vancollega");
    }

    @Test
    void customersAreCheckedBesideTheirFieldAndListedInTheDossier() throws Exception {
        TestTrajectory candidate = trajectories().candidate("Koen", "Klantenlijst").coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        // An issued invoice, so that the dossier shows the structured communication payments carry.
        invoicing.issuedInvoice(candidate, invoicing.business(candidate, "Stad Proefdorp", "coach"), "Stad Proefdorp",
                "100.00", "coach");
        String kobe = candidate.dossier();
        MockHttpSession office = signIn("office");

        mvc.perform(post(kobe + "/customers/new").with(csrf()).session(office)
                        .param("kind", "BELGIAN_BUSINESS").param("name", "Wielerclub Proef vzw")
                        .param("street", "Markt 1").param("postalCode", "2800").param("city", "Mechelen")
                        .param("countryCode", "BE").param("enterpriseNumber", "0403.170.702"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("customer", "enterpriseNumber"))
                .andExpect(content().string(containsString("Geen geldig ondernemingsnummer")))
                .andExpect(content().string(containsString("value=\"Wielerclub Proef vzw\"")));
        mvc.perform(post(kobe + "/customers/new").with(csrf()).session(office)
                        .param("kind", "BELGIAN_BUSINESS").param("name", "Wijzelf")
                        .param("street", "Markt 1").param("postalCode", "2800").param("city", "Mechelen")
                        .param("countryCode", "BE").param("enterpriseNumber", "0566988259"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("coöperatie zelf")));

        mvc.perform(post(kobe + "/customers/new").with(csrf()).session(office)
                        .param("kind", "BELGIAN_BUSINESS").param("name", "Wielerclub Proef vzw")
                        .param("street", "Markt 1").param("postalCode", "2800").param("city", "Mechelen")
                        .param("countryCode", "be").param("enterpriseNumber", "BE 0403.170.701"))
                .andExpect(redirectedUrl(kobe + "#customers"))
                .andExpect(flashMessage("customer.added", "Wielerclub Proef vzw"));
        assertThat(page(signIn("coach"), kobe)).contains("data-testid=\"dossier-customers\"",
                "Wielerclub Proef vzw", "BE0403170701", "Peppol 0208:0403170701",
                "data-testid=\"invoice-communication\"", "+++0");
        mvc.perform(get(kobe + "/customers/new").session(signIn("coach2"))).andExpect(status().isForbidden());
    }

    @Test
    void aBelgianBusinessNotRegisteredForVatIsRecordedWithoutVatNumber() throws Exception {
        String kobe = invoicingDossier("Koen", "Zonderbtw");
        MockHttpSession office = signIn("office");
        assertThat(page(office, kobe + "/customers/new")).contains("data-testid=\"customer-vat-registered\"",
                "Btw-plichtig");

        // The checkbox left unticked: the browser sends only Spring's marker field.
        mvc.perform(post(kobe + "/customers/new").with(csrf()).session(office)
                        .param("kind", "BELGIAN_BUSINESS").param("name", "Buurtwerking Noord vzw")
                        .param("street", "Markt 2").param("postalCode", "2800").param("city", "Mechelen")
                        .param("countryCode", "BE").param("enterpriseNumber", "1000.000.021")
                        .param("_vatRegistered", "on"))
                .andExpect(redirectedUrl(kobe + "#customers"));
        assertThat(page(signIn("coach"), kobe)).contains("Buurtwerking Noord vzw").doesNotContain("BE1000000021");
    }

    @Test
    void officeStaffRegisterPaymentsOnIssuedInvoicesPartlyThenInFull() throws Exception {
        TestTrajectory candidate = trajectories().candidate("Koen", "Betaalproef").coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long city = invoicing.business(candidate, "Stad Proefdorp", "coach");
        invoicing.issuedInvoice(candidate, city, "Stad Proefdorp", "320.00", "coach");
        String kobe = candidate.dossier();
        MockHttpSession office = signIn("office");
        Matcher form = Pattern.compile("action=\"(/invoices/(\\d+)/payments)\"").matcher(page(office, kobe));
        assertThat(form.find()).as("a payment form on an issued invoice").isTrue();
        String today = LocalDate.now(clock).toString();

        mvc.perform(post(form.group(1)).with(csrf()).session(office).param("paidOn", today).param("amount", "99999"))
                .andExpect(redirectedUrl(kobe + "#invoices"))
                .andExpect(flashMessage("payment.refused.OVERPAID"));
        mvc.perform(post(form.group(1)).with(csrf()).session(office).param("paidOn", today).param("amount", "100")
                        .param("reference", "Uittreksel 12"))
                .andExpect(redirectedUrl(kobe + "#invoices"))
                .andExpect(flashMessage("payment.registered.open"));
        assertThat(page(office, kobe)).contains("data-testid=\"payment-state\"", "Open: ");
        assertThat(page(office, "/invoices")).contains("data-testid=\"invoice-book\"", "Koen Betaalproef", "+++", "Deels betaald");
        Matcher ubl = Pattern.compile("href=\"(/invoices/(\\d+)/ubl)\"").matcher(page(office, kobe));
        assertThat(ubl.find()).as("the e-invoice of the invoice for a recorded customer").isTrue();
        String xml = mvc.perform(get(ubl.group(1)).session(office))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/xml")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:"
                + "poacc:billing:3.0</cbc:CustomizationID>", "Stad Proefdorp", "0207456769", "+++");
        MvcResult invoicePdf = mvc.perform(get("/invoices/" + ubl.group(2) + "/pdf").session(office))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn();
        try (PDDocument document = Loader.loadPDF(invoicePdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Factuur", "Stad Proefdorp",
                    "EUR 387,20", "+++");
        }
        mvc.perform(get(ubl.group(1)).session(signIn("coach2"))).andExpect(status().isForbidden());
        assertThat(page(signIn("coach2"), "/invoices")).doesNotContain("Koen Betaalproef");
        mvc.perform(post(form.group(1)).with(csrf()).session(signIn("coach")).param("paidOn", today)
                .param("amount", "1")).andExpect(status().isForbidden());
    }
}
