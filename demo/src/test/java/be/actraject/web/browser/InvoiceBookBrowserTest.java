package be.actraject.web.browser;

import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoice book in a real browser, on a laptop and on a phone: the page does not scroll sideways (on a laptop
 * its table fits without scrolling inside its box), and the office finds an invoice of the demo data by typing its
 * structured communication the way a bank statement prints it, then opens it from its number.
 */
@FullStackTest
class InvoiceBookBrowserTest extends BrowserTestSupport {

    private static final String OVERFLOW = """
            () => ({scroll: document.documentElement.scrollWidth,
                    boxes: [...document.querySelectorAll('.table-responsive')]
                        .filter(b => b.scrollWidth > b.clientWidth + 1).length})""";

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void officeFindsAnInvoiceByItsCommunicationAndOpensIt(int width) {
        signIn("office");
        page.setViewportSize(width, 900);
        page.navigate(url("/invoices"));
        Locator firstIssued = page.getByTestId("invoice-book").locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("+++")).first();
        String number = firstIssued.getByTestId("book-number").innerText().strip();
        String communication = firstIssued.locator("div.text-nowrap").filter(new Locator.FilterOptions()
                .setHasText("+++")).innerText().strip();
        measure(width, "the book");

        // As a bank statement prints it: no plus signs, slashes as spaces.
        page.locator("#book-q").fill(communication.replace("+", "").replace("/", " "));
        page.locator("#book-q").press("Enter");
        page.waitForURL("**/invoices?*q=*");
        assertThat(page.getByTestId("invoice-book").locator("tbody tr")).hasCount(1);
        measure(width, "the search");
        shoot("invoice-book-" + width);

        page.getByTestId("book-number").click();
        assertThat(page.getByTestId("invoice-title")).containsText(number);
        assertThat(page.getByTestId("invoice-payment-status")).isVisible();
    }

    private void measure(int width, String what) {
        @SuppressWarnings("unchecked")
        var measured = (java.util.Map<String, Object>) page.evaluate(OVERFLOW);
        assertThat(((Number) measured.get("scroll")).intValue()).as(what + " at " + width + " px")
                .isLessThanOrEqualTo(width);
        if (width >= 1280) {
            assertThat(((Number) measured.get("boxes")).intValue()).as("tables scrolling inside at " + width)
                    .isZero();
        }
    }
}
