package be.actraject.web.browser;

import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceRepository;
import be.actraject.domain.mail.MailAbout;
import be.actraject.domain.mail.Outbox;
import be.actraject.domain.mail.OutgoingMail;
import be.actraject.testsupport.CamtFiles;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tester's S6: at 390 px the invoice book's customer column was 24 px wide (one letter a line), the review list
 * 489 px wide with its buttons cut off, the statement's summary and the outbox letters a line; at 1280 px the review
 * list split "Bedra g" and "2026 -000 03". These four lists, as office staff open them on a phone and on a laptop:
 * the page never scrolls sideways, no amount, date or invoice number breaks over two lines, and no column is
 * squeezed narrower than a short word (the book's totals per rate once read "Tari ef" and "Sa me n"). The second
 * tester's F7/F8 add the invoice page, whose lines broke "Oms/chrij/ving", and the book's totals per rate, cut off
 * mid-figure in their scroll box.
 */
@FullStackTest
class NarrowListsBrowserTest extends BrowserTestSupport {

    /**
     * What a page does wrong: how wide it scrolls, the texts of one-line cells (amounts, dates, numbers, headings)
     * that take more than one line, and the visible cells narrower than a short word.
     */
    private static final String MEASURE = """
            () => {
              const broken = [];
              for (const cell of document.querySelectorAll(
                  '.table-cards td.text-nowrap, .table-cards th, .table-words td.text-nowrap')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  if (!n.textContent.trim()) continue;
                  const range = document.createRange();
                  range.selectNodeContents(n);
                  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0)
                      .map(r => Math.round(r.top)));
                  if (lines.size > 1) broken.push(n.textContent.trim());
                }
              }
              const squeezed = [...document.querySelectorAll('.table-cards td, .table-words td, .table-words th')]
                  .filter(td => td.innerText.trim().length > 3 && td.getBoundingClientRect().width > 0
                      && td.getBoundingClientRect().width < 40)
                  .map(td => td.innerText.trim().slice(0, 30) + ' ' + Math.round(td.getBoundingClientRect().width));
              // A list's own box scrolling hides the end of its rows (an e-mail address cut off at the right).
              const hiding = [...document.querySelectorAll('.table-responsive')]
                  .filter(b => b.querySelector('.table-cards') && b.scrollWidth > b.clientWidth + 1)
                  .map(b => b.querySelector('.table-cards').dataset.testid + ' ' + b.scrollWidth + '>' + b.clientWidth);
              return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
                      broken: broken.join(' | '), squeezed: squeezed.join(' | '), hiding: hiding.join(' | ')};
            }""";

    @Autowired
    ApplicationContext context;

    @Test
    void theListsReadOnAPhoneAndOnALaptop() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String customer = "Brouwerij en Feestzaalverhuur De Vrolijke Uittrekselverwerker " + run;
        TestTrajectory candidate = new TestTrajectories(context).candidate("Smalle", "Schermen")
                .coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customerId = invoicing.business(candidate, customer, "coach");
        Invoice invoice = context.getBean(InvoiceRepository.class).findById(invoicing.issuedInvoice(candidate,
                customerId, customer, "1074.51", "coach")).orElseThrow();
        new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(s -> context.getBean(Outbox.class).queue(new OutgoingMail(
                        "boekhouding.brouwerij.feestzaalverhuur@een-heel-lang-domein-voor-facturen.test",
                        "Factuur " + invoice.getNumber() + " van de coöperatie", "Beste klant", MailAbout.INVOICE,
                        invoice.getId(), candidate.trajectoryId(), List.of())));
        byte[] statement = CamtFiles.statement("NARROW-" + run)
                .creditWithText("N-PART-" + run, "99.00", today(), "Voorschot factuur "
                        + invoice.getCommunication().formatted() + " en een lange vrije mededeling erbij")
                .creditWithText("N-STRAY-" + run, "1234.56", today(), "Terugbetaling waarborg feestzaal")
                .debit("N-OUT-" + run, "99.00", today(), "Terugstorting klant").bytes();

        signIn("office");
        page.navigate(url("/bank-statements"));
        Locator form = page.getByTestId("statement-upload");
        form.getByTestId("statement-file").setInputFiles(new FilePayload("smal.xml", "application/xml", statement));
        form.getByTestId("statement-import").click();
        assertThat(page.getByTestId("statement-lines")).isVisible();
        String summary = page.url().substring(page.url().indexOf("/bank-statements"));

        List<String> faults = new ArrayList<>();
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, width == 390 ? 844 : 800);
            // The second tester's F7/F8: the invoice's lines ("Oms/chrij/ving") and the book's totals per rate.
            for (String path : List.of("/invoices?q=" + run, summary, "/bank-statements/review", "/outbox",
                    "/invoices/" + invoice.getId())) {
                page.navigate(url(path));
                @SuppressWarnings("unchecked")
                Map<String, Object> measured = (Map<String, Object>) page.evaluate(MEASURE);
                int scroll = ((Number) measured.get("scroll")).intValue();
                if (scroll > ((Number) measured.get("inner")).intValue()) {
                    faults.add(path + " at " + width + " px scrolls to " + scroll);
                }
                if (!((String) measured.get("broken")).isEmpty()) {
                    faults.add(path + " at " + width + " px breaks " + measured.get("broken"));
                }
                if (!((String) measured.get("hiding")).isEmpty()) {
                    faults.add(path + " at " + width + " px scrolls inside " + measured.get("hiding"));
                }
                if (!((String) measured.get("squeezed")).isEmpty()) {
                    faults.add(path + " at " + width + " px squeezes " + measured.get("squeezed"));
                }
                shoot("narrow" + path.replaceAll("[^a-z0-9]+", "-") + width);
            }
        }
        assertThat(faults).isEmpty();
    }
}
