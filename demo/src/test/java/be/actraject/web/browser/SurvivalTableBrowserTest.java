package be.actraject.web.browser;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.Situation;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's survival table on a phone (390 px): a column per follow-up moment does not fit, so the table
 * scrolls inside its box while the page does not scroll sideways, and the exit year stays in sight at the left when
 * the figures are scrolled to. An exit forty months back, with answers, gives the table all its columns up to 36
 * months (the demo's exits are of today: no moment reached, no column); a database of its own keeps it out of the
 * other pages' tests.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:survival-browser;DB_CLOSE_DELAY=-1")
class SurvivalTableBrowserTest extends BrowserTestSupport {

    private static final int PHONE = 390;
    private static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    ApplicationContext context;
    @Autowired
    ExitTasks exits;
    @Autowired
    AftercareContacts aftercare;
    @Autowired
    JdbcTemplate jdbc;

    /** The page's width, and where the first and last cells of the first row sit once its box is scrolled right. */
    private static final String MEASURE = """
            () => {
              const box = document.querySelector('[data-testid=survival]').closest('.table-responsive');
              box.scrollLeft = box.scrollWidth;
              const row = box.querySelector('tbody tr');
              const boxLeft = box.getBoundingClientRect().left;
              return {page: document.documentElement.scrollWidth, boxLeft: Math.round(boxLeft),
                      scrolled: Math.round(box.scrollLeft),
                      firstLeft: Math.round(row.cells[0].getBoundingClientRect().left),
                      lastRight: Math.round(row.cells[row.cells.length - 1].getBoundingClientRect().right)};
            }""";

    /** Stopped as self-employed forty months ago, answering at every follow-up since. */
    private void exitFortyMonthsAgo() {
        TestTrajectories fixture = new TestTrajectories(context);
        TestTrajectory t = fixture.candidate("Overleving", "Smalscherm").coachedBy("coach").registered();
        exits.stop(t.trajectoryId(), "Start als zelfstandige", COACH);
        exits.completeExitRegistration(fixture.claim(t, UserTask.EXIT_REGISTRATION, COACH), ExitType.SELF_EMPLOYED,
                "Eigen zaak", COACH);
        LocalDate exit = today().minusMonths(40);
        jdbc.update("update trajectory set end_date = ? where id = ?", exit, t.trajectoryId());
        for (int months : new int[]{3, 6, 12, 24, 36}) {
            LocalDate on = exit.plusMonths(months);
            aftercare.record(t.trajectoryId(), "P" + months + "M", on, Situation.SELF_EMPLOYED_ACTIVE,
                    on.minusDays(10), null, COACH);
        }
    }

    @Test
    void onAPhoneTheSurvivalTableScrollsInItsBoxWithTheExitYearInSight() {
        exitFortyMonthsAgo();
        signIn("coordinator");
        page.setViewportSize(PHONE, 844);

        page.navigate(url("/reports/survival"));
        shoot("survival-" + PHONE);
        assertThat(page.locator("[data-testid=survival] thead th[data-months]").count()).as("moment columns")
                .isGreaterThanOrEqualTo(5);
        assertThat(page.locator("[data-testid=survival-scroll-hint]").isVisible()).as("says it slides sideways")
                .isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) page.evaluate(MEASURE);
        shoot("survival-" + PHONE + "-scrolled");

        assertThat(((Number) measured.get("page")).intValue()).as("page width at 390 px: " + measured)
                .isLessThanOrEqualTo(PHONE);
        assertThat(((Number) measured.get("lastRight")).intValue()).as("the last moment scrolled into view")
                .isLessThanOrEqualTo(PHONE);
        assertThat(((Number) measured.get("scrolled")).intValue()).as("the table is wider than a phone").isPositive();
        assertThat(((Number) measured.get("firstLeft")).intValue()).as("the exit year stays at the left: " + measured)
                .isGreaterThanOrEqualTo(((Number) measured.get("boxLeft")).intValue());
    }
}
