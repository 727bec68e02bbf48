package be.actraject.web.fullstack;

import be.actraject.domain.einvoice.EInvoice;
import be.actraject.testsupport.PeppolRules;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTimers;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.PhaseElements;
import be.actraject.workflow.UserTask;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invoicing issue's "done when", through the screens of the whole application: a coach takes a candidate's
 * open quote to an invoice (a wrong line refused with what was typed kept), approves it, the office finds it
 * issued, downloads its PDF and a UBL file the Peppol rules accept, registers the payment and sees it in the monthly
 * statement; then a credit note, refused when too large, goes through the same approval.
 */
@FullStackTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:invoicing-screens;DB_CLOSE_DELAY=-1",
        // The candidate's invoices issued before make 860.00: this invoice takes him over the threshold.
        "actraject.trajectory.self-employment-threshold=1400"})
class InvoicingScreensTest {

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationContext context;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    /**
     * A candidate of {@code coach} invoicing a city with a Peppol address: two invoices issued (860.00), an open
     * quote of 685.60, a cost of 85.00 this month, and the monthly statement due.
     */
    private TestTrajectory invoicingCandidate() {
        TestTrajectory candidate = new TestTrajectories(context).candidate("Kobus", "Factuurpad").coachedBy("coach")
                .inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long city = invoicing.business(candidate, "Stad Proefdorp", "coach");
        invoicing.issuedInvoice(candidate, city, "Stad Proefdorp", "540.00", "coach");
        invoicing.issuedInvoice(candidate, city, "Stad Proefdorp", "320.00", "coach");
        invoicing.openQuote(candidate, city, "coach");
        invoicing.cost(candidate, "Onderdelen voor de voorraad", "85.00", "coach");
        new TestTimers(context).fire(candidate, PhaseElements.EXTRA_EARNINGS_DUE);
        return candidate;
    }

    /** The quote's three lines as the invoice form posts them. */
    private static MockHttpServletRequestBuilder invoiceForm(String path, String customerId, String quoteId,
                                                             String firstQuantity, String firstRate) {
        return post(path).with(csrf())
                .param("customerId", customerId).param("quoteId", quoteId)
                .param("description", "Fietsherstel en fietsles op de zomermarkt")
                .param("buyerReference", "BST-2026-114")
                .param("lines[0].description", "Herstellingen ter plaatse").param("lines[0].quantity", firstQuantity)
                .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", "45.00").param("lines[0].vatCode", firstRate)
                .param("lines[1].description", "Binnenbanden en remblokjes").param("lines[1].quantity", "8")
                .param("lines[1].unit", "PIECE").param("lines[1].unitPrice", "12.50")
                .param("lines[1].discountPercent", "10").param("lines[1].vatCode", "21")
                .param("lines[2].description", "Fietsles voor senioren (erkende opleiding)")
                .param("lines[2].quantity", "1").param("lines[2].unit", "DAY").param("lines[2].unitPrice", "250.00")
                .param("lines[2].vatCode", "0-art44")
                .param("lines[3].description", "").param("lines[3].unit", "HOUR").param("lines[3].vatCode", "21");
    }

    private Optional<Task> approvalOf(long invoiceId, UserTask kind) {
        return tasks.createTaskQuery().taskDefinitionKey(kind.key())
                .processVariableValueEquals("invoiceId", invoiceId).list().stream().findFirst();
    }

    private void approve(long invoiceId, UserTask kind, String user, String line) throws Exception {
        MockHttpSession session = signIn(user);
        String taskId = approvalOf(invoiceId, kind).orElseThrow().getId();
        mvc.perform(post("/tasks/" + taskId + "/claim").with(csrf()).session(session));
        String screen = page(session, "/tasks/" + taskId + "/invoice-approval");
        assertThat(screen).contains("data-testid=\"lines\"", line, "data-testid=\"approval-turnover\"",
                "Stad Proefdorp", "Peppol 0208:0207456769");
        mvc.perform(post("/tasks/" + taskId + "/invoice-approval").with(csrf()).session(session)
                .param("decision", "APPROVE")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aQuoteBecomesAnIssuedInvoicePaidAndInTheStatementAndACreditNoteCorrectsIt() throws Exception {
        TestTrajectory candidate = invoicingCandidate();
        String kobe = candidate.dossier();
        MockHttpSession coach = signIn("coach");
        assertThat(page(coach, kobe)).doesNotContain("data-testid=\"self-employment-signal\"");
        assertThat(page(coach, "/tasks")).doesNotContain("self-employment-signals");

        // The coach opens the open quote from the dossier and makes it into an invoice.
        String quote = find(page(coach, kobe), "href=\"(/quotes/\\d+)\"");
        String quoteId = quote.substring(quote.lastIndexOf('/') + 1);
        String quotePage = page(coach, quote);
        assertThat(quotePage).contains("Fietsherstel en fietsles op de zomermarkt", "685,60", "Openstaand");
        MvcResult quotePdf = mvc.perform(get(quote + "/pdf").session(coach))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf")).andReturn();
        try (PDDocument document = Loader.loadPDF(quotePdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Offerte", "OFFERTE-" + quoteId,
                    "GELDIG TOT", "Stad Proefdorp", "EUR 685,60", "Vrijgesteld van btw, art. 44 W.btw")
                    .doesNotContain("+++", "overschrijven");
        }
        String newInvoice = find(quotePage, "href=\"(/candidates/\\d+/invoices/new\\?quote=\\d+)\"");
        String form = page(coach, newInvoice);
        assertThat(form).contains("value=\"Herstellingen ter plaatse\"", "name=\"quoteId\"", "Vrijgesteld van btw, art. 44");
        String customerId = find(form, "<option value=\"(\\d+)\" selected=\"selected\">Stad Proefdorp");

        // A quantity of zero and a rate that does not exist: refused beside the field, everything typed kept.
        mvc.perform(invoiceForm(kobe + "/invoices/new", customerId, quoteId, "0", "19").session(coach))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("invoice", "lines[0].quantity", "lines[0].vatCode"))
                .andExpect(content().string(containsString("Kies een btw-tarief uit de lijst.")))
                .andExpect(content().string(containsString("value=\"Binnenbanden en remblokjes\"")))
                .andExpect(content().string(containsString("value=\"BST-2026-114\"")));
        assertThat(page(coach, quote)).contains("Openstaand");

        mvc.perform(invoiceForm(kobe + "/invoices/new", customerId, quoteId, "6", "21").session(coach))
                .andExpect(redirectedUrl(kobe + "#invoices"))
                .andExpect(flashMessage("invoice.submitted"));
        String converted = page(coach, quote);
        assertThat(converted).contains("Gefactureerd");
        long invoiceId = Long.parseLong(find(converted, "href=\"/invoices/(\\d+)\""));
        // The same quote a second time: refused, nothing submitted twice.
        mvc.perform(invoiceForm(kobe + "/invoices/new", customerId, quoteId, "6", "21").session(coach))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("al gefactureerd")));

        // Approval: the coach, and the coordinator when the rule asks.
        approve(invoiceId, UserTask.INVOICE_APPROVAL_COACH, "coach", "Binnenbanden en remblokjes");
        if (approvalOf(invoiceId, UserTask.INVOICE_APPROVAL_COORDINATOR).isPresent()) {
            approve(invoiceId, UserTask.INVOICE_APPROVAL_COORDINATOR, "coordinator", "Binnenbanden en remblokjes");
        }

        // The office finds it issued, with its documents.
        MockHttpSession office = signIn("office");
        String invoicePage = page(office, "/invoices/" + invoiceId);
        String number = find(invoicePage, "data-testid=\"invoice-title\">Factuur (\\d{4}-\\d{5})<");
        String communication = find(invoicePage, "(\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+)");
        assertThat(invoicePage).contains("685,60", "75,60", "Vrijgesteld van btw, art. 44 W.btw", "BST-2026-114");
        MvcResult pdf = mvc.perform(get("/invoices/" + invoiceId + "/pdf").session(office))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf")).andReturn();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains(number, "685,60", communication,
                    "Stad Proefdorp", "Vrijgesteld van btw, art. 44 W.btw");
        }
        byte[] ubl = mvc.perform(get("/invoices/" + invoiceId + "/ubl").session(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PeppolRules.errorsIn(ubl, EInvoice.Kind.INVOICE)).isEmpty();

        assertThat(page(coach, kobe)).contains("data-testid=\"self-employment-signal\"",
                "Zelfstandig worden is binnen bereik.");
        assertThat(page(coach, "/tasks")).contains("data-testid=\"self-employment-signals\"", "Kobus Factuurpad",
                "€ 1.470,00 in 6 maanden");
        assertThat(page(signIn("coach2"), "/tasks")).doesNotContain("self-employment-signals");

        // The payment, then the month's statement so far: 685.60 paid is 610.00 revenue excl. VAT.
        mvc.perform(post("/invoices/" + invoiceId + "/payments").with(csrf()).session(office)
                        .param("paidOn", LocalDate.now(clock).toString()).param("amount", "685.60")
                        .param("reference", "Uittreksel 31"))
                .andExpect(flashMessage("payment.registered.paid"));
        String statementTask = tasks.createTaskQuery().taskDefinitionKey(UserTask.EXTRA_EARNINGS_STATEMENT.key())
                .processVariableValueEquals("trajectoryId", candidate.trajectoryId()).list().get(0).getId();
        mvc.perform(post("/tasks/" + statementTask + "/claim").with(csrf()).session(office));
        String preview = mvc.perform(post("/tasks/" + statementTask + "/extra-earnings").with(csrf()).session(office)
                        .param("month", YearMonth.now(clock).toString()).param("hours", "20").param("preview", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Revenue 610.00 less the cost of 85.00 and 10 % contribution (52.50): 472.50 available; 20 h × €2.
        assertThat(find(preview, "(<table[^>]*data-testid=\"earnings-preview\"[\\s\\S]*?</table>)"))
                .contains("610,00", "-85,00", "-52,50", "472,50", "40,00");
        mvc.perform(post("/tasks/" + statementTask + "/extra-earnings").with(csrf()).session(office)
                        .param("month", YearMonth.now(clock).toString()).param("hours", "20"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("statement", "month"));

        // A credit note: too large refused with what may still be credited, then a part of it through approval.
        String creditForm = page(office, "/invoices/" + invoiceId + "/credit-notes/new");
        assertThat(creditForm).contains("value=\"Herstellingen ter plaatse\"");
        mvc.perform(post("/invoices/" + invoiceId + "/credit-notes/new").with(csrf()).session(office)
                        .param("reason", "Alles dubbel").param("lines[0].description", "Alles")
                        .param("lines[0].quantity", "2").param("lines[0].unit", "LUMP_SUM")
                        .param("lines[0].unitPrice", "610.00").param("lines[0].vatCode", "21"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hoogstens € 685,60")))
                .andExpect(content().string(containsString("value=\"Alles dubbel\"")));
        mvc.perform(post("/invoices/" + invoiceId + "/credit-notes/new").with(csrf()).session(office)
                        .param("reason", "Een uur minder gewerkt").param("lines[0].description", "Herstellingen ter plaatse")
                        .param("lines[0].quantity", "1").param("lines[0].unit", "HOUR")
                        .param("lines[0].unitPrice", "45.00").param("lines[0].vatCode", "21"))
                .andExpect(flashMessage("creditNote.submitted"));
        long noteId = Long.parseLong(find(page(office, "/invoices/" + invoiceId),
                "data-testid=\"credit-notes\">[\\s\\S]*?href=\"/invoices/(\\d+)\""));
        approve(noteId, UserTask.INVOICE_APPROVAL_COACH, "coach", "Een uur minder gewerkt");
        if (approvalOf(noteId, UserTask.INVOICE_APPROVAL_COORDINATOR).isPresent()) {
            approve(noteId, UserTask.INVOICE_APPROVAL_COORDINATOR, "coordinator", "Een uur minder gewerkt");
        }
        assertThat(page(office, "/invoices/" + noteId)).contains("Creditnota ", number, "54,45");
        byte[] creditUbl = mvc.perform(get("/invoices/" + noteId + "/ubl").session(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PeppolRules.errorsIn(creditUbl, EInvoice.Kind.CREDIT_NOTE)).isEmpty();

        // Last month's statement, drawn up through the task screen, as the PDF for the benefits office.
        mvc.perform(post("/tasks/" + statementTask + "/extra-earnings").with(csrf()).session(office)
                        .param("month", YearMonth.now(clock).minusMonths(1).toString()).param("hours", "12.5"))
                .andExpect(status().is3xxRedirection());
        String statementPdf = find(page(office, kobe), "href=\"(/statements/\\d+/pdf)\"");
        MvcResult statement = mvc.perform(get(statementPdf).session(office))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf")).andReturn();
        try (PDDocument document = Loader.loadPDF(statement.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Maandstaat bijverdienste "
                    + YearMonth.now(clock).minusMonths(1), "Kobus Factuurpad", "12,5", "Plafond: 12,5 uur",
                    "Uit te betalen");
        }

        // Nobody outside the candidate's caseload reaches any of it.
        MockHttpSession coach2 = signIn("coach2");
        for (String path : List.of(quote, "/invoices/" + invoiceId, "/invoices/" + invoiceId + "/credit-notes/new",
                "/invoices/" + noteId + "/pdf", statementPdf)) {
            mvc.perform(get(path).session(coach2)).andExpect(status().isForbidden());
        }
    }
}
