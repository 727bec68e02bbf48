package be.actraject.web.browser;

import be.actraject.domain.einvoice.EInvoice;
import be.actraject.testsupport.PeppolRules;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTimers;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.PhaseElements;
import be.actraject.workflow.UserTask;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoicing issue tried as new users would, in a real browser: the coach takes a candidate's open quote to an
 * invoice (a zero quantity refused first), approves it — the coordinator too when the rule asks — and the office opens the
 * issued invoice, downloads its PDF and its e-invoice (which the Peppol rules accept), registers the payment and sees
 * it in the monthly statement's computation. Screenshots go to target/screenshots.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-invoicing;DB_CLOSE_DELAY=-1")
class InvoicingBrowserTest extends BrowserTestSupport {

    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationContext context;

    /** Found by the last name: the demo's candidates fill more than the list's first page. */
    private void openDossier(String fullName) {
        page.navigate(url("/candidates?q=" + fullName.substring(fullName.lastIndexOf(' ') + 1)));
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName(fullName)).click();
        assertThat(page.locator("h1")).hasText(fullName);
    }

    /** Claims the approval of this invoice from its screen and approves it, if the engine has one waiting. */
    private boolean approveIfWaiting(String user, UserTask kind, long invoiceId) {
        var waiting = tasks.createTaskQuery().taskDefinitionKey(kind.key())
                .processVariableValueEquals("invoiceId", invoiceId).list();
        if (waiting.isEmpty()) {
            return false;
        }
        page.context().clearCookies();
        signIn(user);
        page.navigate(url("/tasks/" + waiting.get(0).getId() + "/invoice-approval"));
        if (page.getByTestId("claim-here").count() > 0) {
            page.getByTestId("claim-here").click(); // the coach's own approval comes already on their name
        }
        assertThat(page.getByTestId("lines")).containsText("Binnenbanden en remblokjes");
        assertThat(page.getByTestId("approval-turnover")).isVisible();
        shoot("invoice-approval");
        page.getByLabel("Goedkeuren").check();
        button("Afwerken");
        assertThat(page.getByTestId("flash")).isVisible();
        return true;
    }

    private static String pdfText(Download download) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aCoachAndTheOfficeTakeAQuoteToAPaidInvoiceInTheStatement() throws IOException {
        TestTrajectory candidate = new TestTrajectories(context).candidate("Kobus", "Browserfactuur")
                .coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        invoicing.openQuote(candidate, invoicing.business(candidate, "Stad Proefdorp", "coach"), "coach");
        new TestTimers(context).fire(candidate, PhaseElements.EXTRA_EARNINGS_DUE);
        signIn("coach");
        openDossier("Kobus Browserfactuur");
        page.getByTestId("dossier-quotes").getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByTestId("quote")).containsText("685,60");
        shoot("quote");
        page.getByTestId("quote-to-invoice").click();

        // The invoice form comes filled from the quote; a zero quantity is refused beside it.
        Locator firstQuantity = page.locator("input[name='lines[0].quantity']");
        assertThat(firstQuantity).hasValue("6");
        firstQuantity.fill("0");
        page.getByLabel("Referentie van de klant (bestelbon, kostenplaats)").fill("BST-2026-114");
        button("Indienen ter goedkeuring");
        assertThat(page.locator("input[name='lines[0].quantity'] ~ .invalid-feedback")).isVisible();
        assertThat(page.getByLabel("Referentie van de klant (bestelbon, kostenplaats)")).hasValue("BST-2026-114");
        shoot("invoice-form");
        page.locator("input[name='lines[0].quantity']").fill("6");
        button("Indienen ter goedkeuring");
        assertThat(page.getByTestId("flash")).containsText("ingediend");

        // The quote now leads to its invoice.
        page.getByTestId("dossier-quotes").getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByTestId("quote")).containsText("Gefactureerd");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Naar de factuur"))
                .click();
        long invoiceId = Long.parseLong(page.url().replaceAll(".*/invoices/(\\d+).*", "$1"));

        assertThat(approveIfWaiting("coach", UserTask.INVOICE_APPROVAL_COACH, invoiceId)).isTrue();
        approveIfWaiting("coordinator", UserTask.INVOICE_APPROVAL_COORDINATOR, invoiceId);

        // The office: the issued invoice, its PDF and e-invoice, the payment.
        page.context().clearCookies();
        signIn("office");
        page.navigate(url("/invoices/" + invoiceId));
        assertThat(page.getByTestId("invoice-title")).hasText(Pattern.compile("Factuur \\d{4}-\\d{5}"));
        String number = page.getByTestId("invoice-title").textContent().replace("Factuur ", "");
        shoot("invoice");
        Download pdf = page.waitForDownload(() -> page.getByTestId("invoice-pdf").click());
        assertThat(pdfText(pdf)).contains(number, "685,60", "+++");
        Download ubl = page.waitForDownload(() -> page.getByTestId("invoice-ubl").click());
        assertThat(PeppolRules.errorsIn(Files.readAllBytes(ubl.path()), EInvoice.Kind.INVOICE)).isEmpty();

        openDossier("Kobus Browserfactuur");
        Locator row = page.getByTestId("invoices").locator("tr", new Locator.LocatorOptions().setHasText(number));
        row.locator("summary").click();
        row.getByLabel("Bedrag").fill("685.60");
        row.getByLabel("Referentie (uittreksel)").fill("Uittreksel 31");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registreren")).click();
        assertThat(page.getByTestId("flash")).containsText("volledig betaald");

        // The month's statement, computed before it is drawn up: 610.00 of revenue excl. VAT is in it.
        page.navigate(url("/tasks?scope=CLAIMABLE&candidate=Browserfactuur"));
        Locator statement = page.getByTestId("worklist").locator("tr[data-task-key='Task_ExtraEarningsStatement']");
        statement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opnemen")).click();
        page.navigate(url("/tasks?scope=MINE&candidate=Browserfactuur"));
        page.getByTestId("worklist").locator("tr[data-task-key='Task_ExtraEarningsStatement']")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Openen")).click();
        page.getByLabel("Maand").fill(java.time.YearMonth.from(today()).toString());
        page.getByLabel("Gewerkte uren").fill("20");
        page.getByTestId("earnings-compute").click();
        assertThat(page.getByTestId("earnings-preview")).containsText("610,00");
        assertThat(page.getByTestId("earnings-payout")).hasText("€ 40,00");
        shoot("extra-earnings");
    }
}
