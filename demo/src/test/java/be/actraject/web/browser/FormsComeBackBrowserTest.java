package be.actraject.web.browser;

import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.SectorGroupEntry;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.Role;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees after the server refused a form or after switching language: on a phone, a session planned at the
 * foot of a learning group's page comes back with its message in view, the field focused and what was typed in it;
 * "English" keeps the page's day and kind, and after a refused form leads back to the form's page, not to a 405.
 */
@FullStackTest
// A database of its own: the walk plans a sector group and a meeting the other full-stack tests do not expect.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-forms-come-back;DB_CLOSE_DELAY=-1")
class FormsComeBackBrowserTest extends BrowserTestSupport {

    @Autowired
    SectorGroups groups;

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

        // Refused twice: the form now comes from its own refused address, which takes no GET either.
        duration.fill("abc");
        button("Sessie plannen");
        assertThat(page.getByText("Geef de duur in hele minuten, bv. 90.")).isInViewport();
        assertThat(duration).hasValue("abc");

        // Where the menu is open: the refused form's address takes no GET, its page does.
        page.setViewportSize(1280, 900);
        language("English");
        assertThat(page).hasURL(group + "?lang=en");
        assertThat(page.getByText("Plan a session")).isVisible();
    }

    /** A meeting planned on a phone: the form's anchor stays in the address, and the message shows there. */
    @Test
    void aMeetingPlannedOnAPhoneSaysSoWhereThePageOpens() {
        long group = groups.create(new SectorGroupEntry("Telefoon " + UUID.randomUUID(), "I — Horeca", null,
                "coordinator"), Actor.of("coordinator", Role.COORDINATOR)).getId();
        signIn("coordinator");
        page.setViewportSize(390, 844);
        page.navigate(url("/sector-groups/" + group));
        Locator form = page.getByTestId("plan-meeting");
        form.getByLabel("Duur (minuten)").fill("0");
        form.locator("input[name=place]").fill("Lokaal 4");
        form.locator("input[name=topic]").fill("Seizoenswerk");
        form.locator("button[type=submit]").click();
        assertThat(page.getByText("De duur is minstens 15 minuten.")).isInViewport();
        assertThat(form.getByLabel("Duur (minuten)")).isFocused();

        form.getByLabel("Duur (minuten)").fill("90");
        form.locator("button[type=submit]").click();
        assertThat(page.getByTestId("flash")).containsText("De bijeenkomst is gepland.");
        assertThat(page.getByTestId("flash")).isInViewport();
        shoot("meeting-planned-390");
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
