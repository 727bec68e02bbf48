package be.actraject.web.browser;

import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser, under the Content-Security-Policy: the search box in the navigation answers as one types, from
 * two keystrokes, without accents, and only within the caseload; the results page works from the box's form.
 */
@FullStackTest
class SearchBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    /** The box once its script listens: before that, typing would only fill the form. */
    private Locator searchBox() {
        page.waitForSelector("form[data-search][data-ready=true]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        return page.getByTestId("search-box");
    }

    @Test
    void aCoachFindsHerCandidateByTypingTheNameWithoutAccentsAndOpensTheDossier() {
        TestTrajectory cagri = new TestTrajectories(context).candidate("Çağrı", "Zoekvogel").coachedBy("coach")
                .registered();
        signIn("coach");
        Locator box = searchBox();

        box.pressSequentially("cagri zoekv");
        Locator suggestions = page.getByTestId("search-suggestions");
        assertThat(suggestions).containsText("Çağrı Zoekvogel");
        shoot("search-suggestions");
        suggestions.getByText("Çağrı Zoekvogel").click();

        assertThat(page).hasURL(url(cagri.dossier()));
        assertThat(page.getByTestId("dossier-phase")).isVisible();

        page.navigate(url("/candidates?q=%C3%87A%C4%9ERI"));
        assertThat(page.getByTestId("candidates")).containsText("Çağrı Zoekvogel");
        assertThat(page.getByTestId("status-counts")).containsText("Intake (1)");
        shoot("candidates-filtered");
    }

    @Test
    void aColleagueDoesNotFindTheCandidateAndTheFormOpensTheResultsPage() {
        new TestTrajectories(context).candidate("Ilse", "Onvindbaar").coachedBy("coach").registered();
        signIn("coach2");
        Locator box = searchBox();

        box.pressSequentially("onvindbaar");
        assertThat(page.getByTestId("search-suggestions")).containsText("Niets gevonden.");
        box.press("Enter");

        assertThat(page).hasURL(url("/search?q=onvindbaar"));
        assertThat(page.getByTestId("search-nothing")).isVisible();
    }
}
