package be.actraject.web.browser;

import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word longer than any column — a 120-letter Dutch compound, as people type them — in a quote's subject and line
 * description: the quote's page stays as wide as the window (no sideways scrolling of the page) and the amounts stay
 * on the card, on a laptop (1280 px) and on a phone (390 px; there the lines may scroll inside their own table).
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-long-words;DB_CLOSE_DELAY=-1")
class LongWordsBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private static final String LONG_WORD = ("Arbeidsongeschiktheidsverzekeringsmaatschappijgebouwonderhoudswerkzaamheden"
            + "planningscoördinatorenvergaderingsverslagenarchiefbeheer").substring(0, 120);

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void aLongWordWrapsInsideItsColumn(int width) {
        assertThat(LONG_WORD).hasSize(120);
        TestTrajectory candidate = new TestTrajectories(context).candidate("Lange", "Woorden " + width)
                .coachedBy("coach").inInvoicing();
        new TestInvoicing(context).business(candidate, "Stad Proefdorp", "coach");
        signIn("coach");
        page.setViewportSize(width, 900);
        page.navigate(url(candidate.dossier() + "/quotes/new"));
        page.getByLabel("Klant").selectOption(new SelectOption().setLabel("Stad Proefdorp"));
        page.getByLabel("Geldig tot").fill(today().plusDays(30).toString());
        page.getByLabel("Onderwerp").fill(LONG_WORD);
        page.locator("input[name='lines[0].description']").fill(LONG_WORD);
        page.locator("input[name='lines[0].quantity']").fill("2");
        page.locator("input[name='lines[0].unitPrice']").fill("1234,56");
        page.getByTestId("save-quote").click();
        assertThat(page.getByTestId("flash")).isVisible();
        assertThat(page.getByTestId("quote")).containsText(LONG_WORD.substring(0, 20));
        shoot("quote-long-word-" + width);

        Number pageWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("the page's width at " + width + " px").isLessThanOrEqualTo(width);
        if (width >= 1280) {
            BoundingBox card = page.getByTestId("quote").boundingBox();
            BoundingBox total = page.getByTestId("lines-total").boundingBox();
            assertThat(total.x + total.width).as("the total ends on the card").isLessThanOrEqualTo(card.x + card.width);
        }
    }
}
