package be.actraject.web.browser;

import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top menu on a phone (390 px wide) and on a laptop (1280 px), for the roles with the most items: every item —
 * the pages, the search box, the languages, signing out — can be reached (after opening the menu where it is collapsed), lies within
 * the window and is not covered by anything, and no page logs an error or a policy violation on the way.
 */
@FullStackTest
class NavigationBrowserTest extends BrowserTestSupport {

    /** @param items the links and buttons of the user's menu: the name, the pages, the search box, both languages, signing out */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"coach, 390, 15", "coordinator, 390, 20", "coach, 1280, 15", "coordinator, 1280, 20"})
    void everyMenuItemCanBeReached(String user, int width, int items) {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
                problems.add(message.type() + ": " + message.text() + " on " + page.url());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error + " on " + page.url()));
        page.setViewportSize(width, 844);
        page.navigate(url("/login"));
        page.getByLabel("Gebruikersnaam").fill(user);
        page.getByLabel("Wachtwoord").fill(DemoAccounts.PASSWORD);
        button("Aanmelden");
        page.waitForURL(address -> !address.contains("/login"));

        Locator toggle = page.getByTestId("nav-toggle");
        if (width < 1200) {
            assertThat(page.getByTestId("main-nav")).not().isVisible();
            toggle.click();
            // Opened once Bootstrap's transition ends: the menu then has "show" rather than "collapsing".
            page.locator("#main-nav.collapse.show").waitFor();
            assertThat(page.getByTestId("main-nav")).isVisible();
        } else {
            assertThat(toggle).not().isVisible();
        }
        shoot("navigation-" + user + "-" + width);

        Locator menu = page.locator("nav.navbar a, nav.navbar input[type=search], nav.navbar button:not([data-testid=nav-toggle])");
        assertThat(menu.count()).as("menu items of " + user).isEqualTo(items);
        for (int i = 0; i < items; i++) {
            Locator item = menu.nth(i);
            String name = item.innerText().strip();
            assertThat(item).isVisible();
            BoundingBox box = item.boundingBox();
            assertThat(box.x).as(name + " starts within the window").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(name + " ends within the window").isLessThanOrEqualTo(width);
            // Playwright's own check that a click would land on the item: visible, stable, not covered.
            item.click(new Locator.ClickOptions().setTrial(true).setTimeout(2000));
        }
        assertThat(page.locator("nav.navbar").getByText("Afmelden")).isVisible();

        page.locator("nav.navbar").getByText("Afmelden").click();
        page.waitForURL(address -> address.contains("/login"));
        assertThat(problems).isEmpty();
    }
}
