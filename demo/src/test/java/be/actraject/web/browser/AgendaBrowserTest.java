package be.actraject.web.browser;

import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach plans a conversation from the dossier and finds it in her agenda, week and month, on a laptop and on a
 * phone without scrolling sideways; a colleague's agenda does not show it; the calendar feed carries it.
 */
@FullStackTest
// A database of its own: the walk plans conversations the other full-stack tests do not expect.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-agenda;DB_CLOSE_DELAY=-1")
class AgendaBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private int scrollWidth() {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void aConversationPlannedFromTheDossierIsInTheAgendaAndTheFeed() {
        TestTrajectory candidate = new TestTrajectories(context).candidate("Jana", "Agendaplan").coachedBy("coach")
                .inProspecting();
        LocalDate day = today().plusDays(2);
        signIn("coach");

        page.navigate(url(candidate.dossier()));
        page.getByTestId("plan-conversation-link").click();
        page.getByLabel("Datum en uur").fill(day + "T14:30");
        page.getByLabel("Vorm").selectOption("VIDEO");
        page.getByLabel("Plaats of notitie").fill("Teams-link in de uitnodiging");
        button("Opslaan");
        assertThat(page.getByTestId("flash")).containsText("Het gesprek is gepland op");
        assertThat(page.getByTestId("dossier-planned")).containsText("14:30");

        page.getByTestId("nav-agenda").click();
        page.navigate(url("/agenda?date=" + day));
        Locator item = page.locator("[data-day='" + day + "'] [data-kind=PLANNED_CONVERSATION]");
        assertThat(item).containsText("14:30–15:30");
        assertThat(item).containsText("Gesprek met Jana Agendaplan");
        shoot("agenda-week");
        for (String view : new String[]{"week", "month"}) {
            for (int width : new int[]{1280, 390}) {
                page.setViewportSize(width, 844);
                page.navigate(url("/agenda?view=" + view + "&date=" + day));
                assertThat(page.locator("[data-day='" + day + "'] [data-kind=PLANNED_CONVERSATION]")).isVisible();
                assertThat(scrollWidth()).as(view + " at " + width + " px").isLessThanOrEqualTo(width);
            }
        }
        shoot("agenda-month-phone");

        page.setViewportSize(1280, 844);
        page.navigate(url("/agenda/feed"));
        page.getByTestId("feed-issue").click();
        String feed = page.locator("#feedUrl").inputValue();
        assertThat(page.request().get(feed).text()).contains("SUMMARY:Gesprek met Jana Agendaplan (Videogesprek)",
                "LOCATION:Teams-link in de uitnodiging");
        page.getByTestId("feed-revoke").click();
        assertThat(page.request().get(feed).status()).isEqualTo(404);

        page.context().clearCookies();
        page.setViewportSize(1400, 900);
        signIn("coach2");
        page.navigate(url("/agenda?date=" + day));
        assertThat(page.locator("[data-day='" + day + "']")).not().containsText("Jana Agendaplan");
    }
}
