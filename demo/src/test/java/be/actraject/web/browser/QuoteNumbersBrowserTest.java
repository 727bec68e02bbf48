package be.actraject.web.browser;

import be.actraject.domain.einvoice.Line;
import be.actraject.domain.invoice.Quote;
import be.actraject.domain.invoice.QuoteRepository;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's first finding, in Chromium with a Dutch (nl-BE) locale: a coach types quantity {@code 1,5} and unit price
 * {@code 12,50} key by key in a quote line. The inputs are text inputs the browser does not rewrite, so the quote
 * stores 1.5 × 12.50 = 18.75 — not 15 × 1 250.00 — and shows it as {@code 18,75}.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-quote-numbers;DB_CLOSE_DELAY=-1")
class QuoteNumbersBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    QuoteRepository quotes;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aQuoteLineTypedInDutchIsStoredAsTyped() {
        TestTrajectory candidate = new TestTrajectories(context).candidate("Quinten", "Komma").coachedBy("coach")
                .inInvoicing();
        new TestInvoicing(context).business(candidate, "Stad Proefdorp", "coach");
        signIn("coach");
        page.navigate(url(candidate.dossier() + "/quotes/new"));

        page.getByLabel("Klant").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Stad Proefdorp"));
        page.getByLabel("Geldig tot").fill(today().plusDays(30).toString());
        page.getByLabel("Onderwerp").fill("Fietsherstel op de markt");
        page.locator("input[name='lines[0].description']").fill("Herstelling ter plaatse");
        Locator quantity = page.locator("input[name='lines[0].quantity']");
        Locator unitPrice = page.locator("input[name='lines[0].unitPrice']");
        assertThat(quantity).hasAttribute("inputmode", "decimal");
        assertThat(quantity).hasAttribute("type", "text");
        quantity.pressSequentially("1,5");
        unitPrice.pressSequentially("12,50");
        // What the browser holds is what was typed: no number input drops the comma.
        assertThat(quantity).hasValue("1,5");
        assertThat(unitPrice).hasValue("12,50");
        page.getByTestId("save-quote").click();

        assertThat(page.getByTestId("flash")).isVisible();
        assertThat(page.getByTestId("quote")).containsText("18,75");
        shoot("quote-typed-in-dutch");
        Line stored = transaction.execute(t -> {
            Quote quote = quotes.findAll(Sort.by(Sort.Direction.DESC, "id")).get(0);
            assertThat(quote.getSubject()).isEqualTo("Fietsherstel op de markt");
            return quote.getLines().get(0).toLine();
        });
        assertThat(stored.quantity()).isEqualByComparingTo("1.5");
        assertThat(stored.unitPrice()).isEqualByComparingTo("12.50");
        assertThat(stored.netAmount()).isEqualByComparingTo("18.75");
    }
}
