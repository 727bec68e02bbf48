package be.actraject.web.browser;

import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees after the server refused a form or after switching language: on a phone, a session planned at the
 * foot of a learning group's page comes back with its message in view, the field focused and what was typed in it;
 * "English" keeps the page's day and kind, and after a refused form leads back to the form's page, not to a 405.
 */
@FullStackTest
class FormsComeBackBrowserTest extends BrowserTestSupport {

    @Test
    void aRefusedSessionComesBackOnAPhoneWithItsMessageInViewAndWhatWasTyped() {
        signIn("coordinator");
        page.setViewportSize(390, 844);
        page.navigate(url("/groups"));
        page.locator("main a[href^='/groups/']").first().click();
        String group = page.url();

        Locator duration = page.getByLabel("Duur (minuten)");
        duration.fill("1,5");
        page.getByLabel("Onderwerp").fill("Prijzen berekenen");
        button("Sessie plannen");

        assertThat(page.getByText("Geef de duur in hele minuten, bv. 90.")).isInViewport();
        assertThat(duration).hasValue("1,5");
        assertThat(duration).isFocused();
        assertThat(duration).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Onderwerp")).hasValue("Prijzen berekenen");
        shoot("session-refused-390");

        // Where the menu is open: the refused form's address takes no GET, its page does.
        page.setViewportSize(1280, 900);
        language("English");
        assertThat(page).hasURL(group + "?lang=en");
        assertThat(page.getByText("Plan a session")).isVisible();
    }

    private void language(String name) {
        page.locator("nav.navbar").getByText(name, new Locator.GetByTextOptions().setExact(true)).click();
    }

    @Test
    void switchingLanguageKeepsTheDayAndKindOfTheList() {
        signIn("coach");
        String list = "/agenda/reminders?date=2028-02-29&kind=NEXT_CONVERSATION";
        page.navigate(url(list));
        assertThat(page.getByTestId("reminders-title")).containsText("dinsdag 29 februari 2028");

        language("English");
        assertThat(page).hasURL(url(list + "&lang=en"));
        assertThat(page.getByTestId("reminders-title")).containsText("Tuesday 29 February 2028");
        assertThat(page.getByTestId("kind-refused")).hasCount(0);
        language("Nederlands");
        assertThat(page.getByTestId("reminders-title")).containsText("dinsdag 29 februari 2028");
        assertThat(page.url()).endsWith("kind=NEXT_CONVERSATION&lang=nl");
    }
}
