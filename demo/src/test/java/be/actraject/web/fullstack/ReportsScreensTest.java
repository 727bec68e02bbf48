package be.actraject.web.fullstack;

import be.actraject.web.pdf.PdfText;
import be.actraject.web.support.DemoAccounts;
import be.actraject.domain.figures.Figure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard on the demo data, through the whole application (the real figures' SQL): every number on it, of this
 * period and the one before, leads to a list of exactly as many candidates; a coach reads their own caseload only;
 * office staff read nothing.
 */
@FullStackTest
class ReportsScreensTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyNumberOnTheCoordinatorsDashboardListsAsManyCandidates() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        Document dashboard = Jsoup.parse(page(coordinator, "/reports"));

        assertThat(dashboard.select("[data-figure]")).as("every figure of the catalogue")
                .hasSize(Figure.values().length);
        assertThat(dashboard.select("svg title")).hasSizeGreaterThanOrEqualTo(3);
        var numbers = dashboard.select("a[data-testid=count], a[data-testid=previous]");
        assertThat(numbers).isNotEmpty();
        long total = 0;
        for (Element number : numbers) {
            Document list = Jsoup.parse(page(coordinator, number.attr("href")));
            assertThat(list.selectFirst("[data-testid=drill-count]").attr("data-count"))
                    .as(number.attr("href")).isEqualTo(number.text());
            total += Long.parseLong(number.text());
        }
        assertThat(total).as("the demo's figures count something").isPositive();
    }

    @Test
    void aCoachReadsTheirOwnCaseloadAndOfficeStaffNothing() throws Exception {
        Document coach = Jsoup.parse(page(signIn("coach"), "/reports"));
        assertThat(coach.select("[data-testid=scope]").text()).contains("eigen caseload");
        assertThat(coach.select("select#coach option")).hasSize(1);
        var perCoach = coach.select("[data-figure=CANDIDATES_PER_COACH] tr[data-key]");
        assertThat(perCoach.eachAttr("data-key")).allMatch("coach"::equals);

        mvc.perform(get("/reports").session(signIn("office"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/figures/ENTRIES/ALL").session(signIn("office"))).andExpect(status().isForbidden());
    }

    @Test
    void theFundersPeriodReportPrintsTheDashboardsCharts() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        String download = Jsoup.parse(page(coordinator, "/reports")).selectFirst("[data-testid=downloads] a")
                .attr("href");

        byte[] pdf = mvc.perform(get(download).session(coordinator).header("Accept-Language", "nl-BE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(PdfText.of(pdf).text()).contains("Grafieken", "Ondernemerscoöperatie", "Facturatie");
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session).header("Accept-Language", "nl-BE")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
