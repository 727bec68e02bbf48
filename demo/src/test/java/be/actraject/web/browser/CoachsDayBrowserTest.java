package be.actraject.web.browser;

import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach's day in the browser, as issue 16 tells it: she finds a candidate by typing two letters in the search box
 * (without the cedilla she does not type), plans a conversation from the dossier, sees it in her week, and prints the
 * POP for the candidate to sign — a PDF that holds the candidate's name as written and the signature lines.
 */
@FullStackTest
// A database of its own: the walk plans a conversation the other full-stack tests do not expect.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-coachs-day;DB_CLOSE_DELAY=-1")
class CoachsDayBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void findPlanSeeTheWeekAndPrintThePop() throws IOException {
        TestTrajectory cagri = new TestTrajectories(context).candidate("Çağrı", "Dağdelenoğlu").coachedBy("coach")
                .inExploration();
        LocalDate day = today().plusDays(3);
        signIn("coach");

        // Two keystrokes, no cedilla: the suggestions already name her.
        // The box answers once its script has loaded (as a person's first keystroke comes later than a test's).
        page.waitForSelector("form[data-search][data-ready=true]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.getByTestId("search-box").pressSequentially("ca");
        assertThat(page.getByTestId("search-suggestions")).containsText("Çağrı Dağdelenoğlu");
        page.getByTestId("search-suggestions").getByText("Çağrı Dağdelenoğlu").click();
        page.waitForURL(url(cagri.dossier()));

        page.getByTestId("plan-conversation-link").click();
        page.getByLabel("Datum en uur").fill(day + "T09:15");
        page.getByLabel("Vorm").selectOption("IN_PERSON");
        page.getByLabel("Plaats of notitie").fill("Kantoor Gent, zaal 2");
        button("Opslaan");
        assertThat(page.getByTestId("flash")).containsText("Het gesprek is gepland op");

        page.getByTestId("nav-agenda").click();
        page.navigate(url("/agenda?date=" + day));
        assertThat(page.locator("[data-day='" + day + "'] [data-kind=PLANNED_CONVERSATION]"))
                .containsText("Çağrı Dağdelenoğlu");
        shoot("coachs-day-agenda");

        page.navigate(url(cagri.dossier()));
        String href = page.getByTestId("print-plan").getAttribute("href");
        APIResponse pop = page.request().get(url(href));
        assertThat(pop.status()).isEqualTo(200);
        assertThat(pop.headers().get("content-type")).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(pop.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Çağrı Dağdelenoğlu").contains("Handtekening kandidaat", "Handtekening coach");
        }
    }
}
