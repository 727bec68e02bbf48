package be.actraject.web.browser;

import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.Invoices;
import be.actraject.testsupport.CamtFiles;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 18 tried as the office would, in a real browser: a CAMT.053 statement of the cooperative's account is
 * uploaded, the invoices it pays show as paid (one in full, one in part), the credit no invoice took waits on the
 * review list until it is marked not ours, the same file again changes nothing, and a file with an external entity
 * is refused with its reason. Screenshots go to target/screenshots.
 */
@FullStackTest
class BankStatementBrowserTest extends BrowserTestSupport {

    private static final Actor OFFICE = Actor.of("office", Role.OFFICE);

    @Autowired
    ApplicationContext context;

    private void upload(String name, byte[] content) {
        page.navigate(url("/bank-statements"));
        Locator form = page.getByTestId("statement-upload");
        form.getByTestId("statement-file").setInputFiles(new FilePayload(name, "application/xml", content));
        form.getByTestId("statement-import").click();
    }

    @Test
    void theOfficeImportsAStatementAndSeesTheInvoicesPaid() {
        TestTrajectory candidate = new TestTrajectories(context).candidate("Bert", "Bankuittreksel")
                .coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customer = invoicing.business(candidate, "Brouwerij Het Uittreksel", "coach");
        Invoices invoices = context.getBean(Invoices.class);
        Invoice full = invoices.invoice(invoicing.issuedInvoice(candidate, customer, "Brouwerij Het Uittreksel",
                "100.00", "coach"), OFFICE);
        Invoice part = invoices.invoice(invoicing.issuedInvoice(candidate, customer, "Brouwerij Het Uittreksel",
                "200.00", "coach"), OFFICE);
        String stillOpen = "Open: € " + part.total().subtract(new BigDecimal("50.00")).toPlainString().replace('.', ',');
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] statement = CamtFiles.statement("BROWSER-" + run)
                .credit("B-FULL-" + run, full.total().toPlainString(), today(), full.getCommunication().formatted())
                .creditWithText("B-PART-" + run, "50.00", today(), "Voorschot " + part.getCommunication().formatted())
                .creditWithText("B-STRAY-" + run, "12.34", today(), "Terugbetaling waarborg").bytes();

        signIn("office");
        page.getByTestId("nav-bank-statements").click();
        shoot("bank-statements");
        upload("uittreksel.xml", statement);

        assertThat(page.getByTestId("flash")).containsText("ingelezen");
        assertThat(page.getByTestId("count-paid")).hasText("1");
        assertThat(page.getByTestId("count-partly-paid")).hasText("1");
        assertThat(page.getByTestId("count-to-review")).containsText("1");
        assertThat(page.getByTestId("count-duplicates")).hasText("0");
        assertThat(page.getByTestId("statement-lines")).containsText(full.getNumber());
        shoot("bank-statement-summary");

        page.getByTestId("statement-lines").getByText(full.getNumber()).click();
        assertThat(page.getByTestId("invoice-payments")).containsText("Betaald");
        page.navigate(url("/invoices/" + part.getId()));
        assertThat(page.getByTestId("invoice-payments")).containsText(stillOpen);

        // The credit no invoice took, on the review list; marked not ours, it leaves it.
        page.navigate(url("/bank-statements/review"));
        Locator stray = page.locator("tr[data-line='B-STRAY-" + run + "']");
        assertThat(stray).containsText("Geen geldige gestructureerde mededeling");
        shoot("bank-statement-review");
        stray.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Geen betaling van een factuur")).click();
        assertThat(page.getByTestId("flash")).containsText("gemarkeerd");
        assertThat(page.locator("tr[data-line='B-STRAY-" + run + "']")).hasCount(0);

        // The same file again: nothing changes.
        upload("uittreksel.xml", statement);
        assertThat(page.getByTestId("flash")).containsText("al eerder ingelezen");
        page.navigate(url("/invoices/" + part.getId()));
        assertThat(page.getByTestId("invoice-payments")).containsText(stillOpen);
    }

    @Test
    void aFileWithAnExternalEntityIsRefusedWithItsReason() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">&xxe;</Document>";
        signIn("office");

        upload("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(page).hasURL(url("/bank-statements"));
        assertThat(page.getByTestId("flash")).containsText("DOCTYPE");
        assertThat(page.getByTestId("flash")).containsText("Er is niets geboekt.");
    }
}
