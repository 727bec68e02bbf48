package be.actraject.web.browser;

import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.SectorGroupEntry;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator double-clicks "Bijeenkomst plannen": one meeting, with the script that disables the button and
 * without it (then the server's guard alone stands between the two clicks and a second meeting).
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-double-submit;DB_CLOSE_DELAY=-1")
class DoubleSubmitBrowserTest extends BrowserTestSupport {

    @Autowired
    SectorGroups groups;
    @Autowired
    JdbcTemplate jdbc;

    private long group() {
        return groups.create(new SectorGroupEntry("Dubbelklik " + UUID.randomUUID(), "I — Horeca", null,
                "coordinator"), Actor.of("coordinator", Role.COORDINATOR)).getId();
    }

    private long meetings(long group) {
        return jdbc.queryForObject("select count(*) from sector_meeting where group_id = ?", Long.class, group);
    }

    private void planWithADoubleClick(long group) {
        page.navigate(url("/sector-groups/" + group));
        Locator form = page.getByTestId("plan-meeting");
        form.locator("input[name=place]").fill("Lokaal 4");
        form.locator("input[name=topic]").fill("Seizoenswerk");
        form.locator("button[type=submit]").dblclick();
        assertThat(page.getByTestId("flash")).isVisible();
    }

    @Test
    void aDoubleClickPlansOneMeeting() {
        long group = group();
        signIn("coordinator");

        planWithADoubleClick(group);

        assertThat(page.getByTestId("flash")).containsText("De bijeenkomst is gepland.");
        assertThat(meetings(group)).isEqualTo(1);
    }

    @Test
    void withoutTheScriptADoubleClickStillPlansOneMeeting() {
        long group = group();
        page.context().close();
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("nl-BE")
                .setJavaScriptEnabled(false)).newPage();
        signIn("coordinator");

        planWithADoubleClick(group);

        assertThat(meetings(group)).isEqualTo(1);
    }
}
