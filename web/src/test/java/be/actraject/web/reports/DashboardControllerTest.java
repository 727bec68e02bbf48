package be.actraject.web.reports;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.domain.figures.Figure;
import be.actraject.domain.figures.FigureFilter;
import be.actraject.domain.figures.FigureResult;
import be.actraject.domain.figures.FigureRow;
import be.actraject.domain.figures.Figures;
import be.actraject.domain.figures.Period;
import be.actraject.domain.group.GroupNotFoundException;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.web.support.MessageBundles;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard shows every figure the domain counts ({@code FiguresContract} tests the counting) for the period
 * asked and the one before, each number linked to its drill-down; bad input is a message on the kept form.
 * The slice's clock says 2026-11-20, so the default period is 1 January to 20 November 2026.
 */
@WebMvcTest(DashboardController.class)
@Import({WebSliceConfiguration.class, DashboardPage.class, ReportRequests.class})
class DashboardControllerTest {

    static final Period THIS_YEAR = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 20));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Figures figures;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    LearningGroups groups;
    @MockitoBean
    Caseload caseload;
    /** The slice's task screen helper needs it; the dashboard does not. */
    @MockitoBean
    WorkItems workItems;

    @BeforeEach
    void zeroUnlessSaid() {
        given(figures.count(any(), any(), any(), any())).willAnswer(call -> new FigureResult(call.getArgument(0),
                call.getArgument(1), call.getArgument(2), List.of()));
        given(accounts.members(Role.COACH)).willReturn(List.of(
                new Account("anna", "Anna", "Peeters", Set.of(Role.COACH))));
        given(accounts.displayNames()).willReturn(Map.of("anna", "Anna Peeters"));
        given(accounts.isMember("anna", Role.COACH)).willReturn(true);
    }

    @Test
    void figuresKeptAWhileSayWhenTheOldestWasCountedAndFreshOnesSayNothing() throws Exception {
        mvc.perform(get("/reports").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("figures-counted-at"))));

        given(figures.count(any(), any(), any(), any())).willAnswer(call -> new FigureResult(call.getArgument(0),
                call.getArgument(1), call.getArgument(2), List.of(), Instant.parse("2026-11-20T08:15:00Z")));
        given(figures.count(eq(Figure.ENTRIES), eq(THIS_YEAR.previous()), any(), any()))
                .willReturn(new FigureResult(Figure.ENTRIES, THIS_YEAR.previous(), FigureFilter.NONE, List.of(),
                        Instant.parse("2026-11-20T08:14:00Z")));

        mvc.perform(get("/reports").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"figures-counted-at\"")))
                .andExpect(content().string(containsString("Cijfers geteld om 09:14")));
    }

    @Test
    void aCoordinatorReadsEveryFigureWithItsDefinitionAndThisYearAgainstThePeriodBefore() throws Exception {
        given(figures.count(eq(Figure.EXITS_BY_TYPE), eq(THIS_YEAR), any(), any()))
                .willReturn(result(Figure.EXITS_BY_TYPE, THIS_YEAR, new FigureRow("SELF_EMPLOYED", 3, null, null)));
        given(figures.count(eq(Figure.EXITS_BY_TYPE), eq(THIS_YEAR.previous()), any(), any()))
                .willReturn(result(Figure.EXITS_BY_TYPE, THIS_YEAR.previous(),
                        new FigureRow("SELF_EMPLOYED", 1, null, null)));
        given(figures.count(eq(Figure.TIME_PER_PHASE), eq(THIS_YEAR), any(), any()))
                .willReturn(result(Figure.TIME_PER_PHASE, THIS_YEAR, new FigureRow("EXPLORATION", 5, 63.0, 156.8)));

        String page = mvc.perform(get("/reports").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hele coöperatie")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).as("the tab says the section").contains("<title>Rapporten · AC Traject</title>");
        Properties dutch = MessageBundles.all(MessageBundles.DUTCH);
        for (Figure figure : Figure.values()) {
            assertThat(page).contains("data-figure=\"" + figure.name() + "\"");
            assertThat(page).contains(html(dutch.getProperty(figure.nameKey())));
        }
        assertThat(page).contains("href=\"/reports/figures/EXITS_BY_TYPE/SELF_EMPLOYED?from=2026-01-01&amp;to=2026-11-20\"");
        assertThat(page).containsPattern("data-testid=\"count\">3</a>");
        assertThat(page).contains("href=\"/reports/figures/EXITS_BY_TYPE/SELF_EMPLOYED?from=2025-01-01&amp;to=2025-11-20\"");
        assertThat(page).containsPattern("data-testid=\"previous\">1</a>");
        assertThat(page).contains("+2");
        assertThat(page).contains(">156,8<").contains(">63<");
        assertThat(page).contains("01/01/2026").contains("20/11/2026");
        assertThat(page).contains("href=\"/reports/funder/period.pdf?from=2026-01-01&amp;to=2026-11-20\"")
                .contains("href=\"/reports/funder/participants.xlsx?from=2026-01-01&amp;to=2026-11-20\"");
    }

    @Test
    void turnoverAndExtraEarningsShowTheirTotalAndSpreadInEuroAndTheLimitsPassedAtTheExitTheirCount()
            throws Exception {
        given(figures.count(eq(Figure.EARNINGS_IN_INVOICING), eq(THIS_YEAR), any(), any()))
                .willReturn(result(Figure.EARNINGS_IN_INVOICING, THIS_YEAR,
                        new FigureRow(Figure.TURNOVER, 4, null, null, new FigureRow.Amounts(
                                new BigDecimal("1234.50"), new BigDecimal("225.00"), new BigDecimal("455.10"))),
                        new FigureRow(Figure.EXTRA_EARNINGS, 0, null, null, new FigureRow.Amounts(
                                new BigDecimal("0.00"), null, null))));
        given(figures.count(eq(Figure.EARNINGS_IN_INVOICING), eq(THIS_YEAR.previous()), any(), any()))
                .willReturn(result(Figure.EARNINGS_IN_INVOICING, THIS_YEAR.previous(),
                        new FigureRow(Figure.TURNOVER, 1, null, null, new FigureRow.Amounts(
                                new BigDecimal("70.00"), new BigDecimal("70.00"), new BigDecimal("70.00")))));
        given(figures.count(eq(Figure.LIMITS_ENDED), eq(THIS_YEAR), any(), any()))
                .willReturn(result(Figure.LIMITS_ENDED, THIS_YEAR, new FigureRow("PRE_INVOICING", 6, null, null)));

        String dutch = mvc.perform(get("/reports").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String english = mvc.perform(get("/reports").param("lang", "en").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String earnings = figureSection(dutch, Figure.EARNINGS_IN_INVOICING);
        assertThat(earnings).contains("Omzet (excl. btw)").contains("Extra inkomsten (uitbetaald)")
                .contains("Mediaan per kandidaat").contains("90ste percentiel per kandidaat")
                .contains("href=\"/reports/figures/EARNINGS_IN_INVOICING/TURNOVER?from=2026-01-01&amp;to=2026-11-20\"")
                .contains("data-testid=\"count\">4</a>").contains("data-testid=\"previous\">1</a>").contains("+3")
                .contains("data-testid=\"total\">€ 1.234,50<").contains("data-testid=\"median\">€ 225,00<")
                .contains("data-testid=\"p90\">€ 455,10<")
                .as("no candidate, no median").contains("data-testid=\"total\">€ 0,00<")
                .contains("data-testid=\"median\">–<");
        assertThat(figureSection(english, Figure.EARNINGS_IN_INVOICING)).contains("Turnover (excl. VAT)")
                .contains("€1,234.50").contains("Median per candidate");
        String ended = figureSection(dutch, Figure.LIMITS_ENDED);
        assertThat(ended).contains("Termijnen verstreken bij uitstroom")
                .contains("href=\"/reports/figures/LIMITS_ENDED/PRE_INVOICING?from=2026-01-01&amp;to=2026-11-20\"")
                .contains("data-testid=\"count\">6</a>").doesNotContain("data-testid=\"total\"")
                .doesNotContain("Mediaan");
    }

    @Test
    void onAPhoneEachFiguresRowIsACardWhoseNumbersSayTheirColumnAndWhoseLabelBreaksBetweenWordsOnly()
            throws Exception {
        given(figures.count(eq(Figure.LIMITS_ENDED), eq(THIS_YEAR), any(), any()))
                .willReturn(result(Figure.LIMITS_ENDED, THIS_YEAR, new FigureRow("PRE_INVOICING", 6, null, null)));

        String page = mvc.perform(get("/reports").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (Figure figure : Figure.values()) {
            if (figure.shape() == Figure.Shape.SURVIVAL) {
                continue;
            }
            String section = figureSection(page, figure);
            if (!section.contains("<table")) {
                continue; // nothing counted: a sentence, no table
            }
            assertThat(section).as(figure.name()).contains("table-cards table-figures");
            Matcher cells = Pattern.compile("<td[^>]*>").matcher(section);
            while (cells.find()) {
                assertThat(cells.group()).as(figure.name()).contains("data-label=\"");
            }
        }
        assertThat(figureSection(page, Figure.LIMITS_ENDED)).contains("data-label=\"Deze periode\"")
                .contains("data-label=\"Vorige periode\"");
        String css = new String(getClass().getResourceAsStream("/static/css/actraject.css").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(css).as("a row's label breaks between words, not letter by letter")
                .contains(".table-cards th[scope=\"row\"] { white-space: normal; overflow-wrap: break-word; min-width: 9rem; }");
    }

    /** The part of the page that shows one figure, up to the next. */
    private static String figureSection(String page, Figure figure) {
        int start = page.indexOf("data-figure=\"" + figure.name() + "\"");
        assertThat(start).as(figure.name()).isNotNegative();
        int end = page.indexOf("data-figure=", start + 1);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }

    @Test
    void thePeriodAndFiltersAskedForAreTheOnesCounted() throws Exception {
        given(groups.group(7L)).willReturn(null);
        Period asked = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        mvc.perform(get("/reports").param("from", "01/01/2025").param("to", "2025-12-31").param("coach", "anna")
                        .param("group", "7").param("phase", "PROSPECTING").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "/reports/figures/ENTRIES/ALL?from=2025-01-01&amp;to=2025-12-31&amp;coach=anna&amp;group=7&amp;phase=PROSPECTING")));

        then(figures).should().count(eq(Figure.ENTRIES), eq(asked), eq(new FigureFilter("anna", 7L, Phase.PROSPECTING)),
                any());
        then(figures).should().count(eq(Figure.ENTRIES), eq(asked.previous()),
                eq(new FigureFilter("anna", 7L, Phase.PROSPECTING)), any());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAMessageOnTheKeptFormAndNoReport() throws Exception {
        mvc.perform(get("/reports").param("from", "2026-05-01").param("to", "2026-04-01").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De periode eindigt (01/04/2026) voor ze begint (01/05/2026).")))
                .andExpect(content().string(containsString("value=\"2026-05-01\"")))
                .andExpect(content().string(containsString("value=\"2026-04-01\"")))
                .andExpect(content().string(not(containsString("data-figure="))));
        verifyNoInteractions(figures);
    }

    @Test
    void aPeriodStartingBeforeTheFirstDayCountedIsAMessageOnTheKeptFormNotAnErrorPage() throws Exception {
        mvc.perform(get("/reports").param("from", "-999999999-01-01").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cijfers tellen vanaf 01/01/1900")))
                .andExpect(content().string(containsString("value=\"-999999999-01-01\"")))
                .andExpect(content().string(not(containsString("data-figure="))));
        mvc.perform(get("/reports").param("from", "0001-01-01").param("to", "2026-01-01").param("lang", "en")
                        .with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The period starts on 01/01/0001")))
                .andExpect(content().string(not(containsString("data-figure="))));
        verifyNoInteractions(figures);
    }

    @Test
    void aPeriodThatStartsAfterTodayIsRefusedInEnglishToo() throws Exception {
        mvc.perform(get("/reports").param("from", "2027-01-01").param("to", "2027-12-31")
                        .header("Accept-Language", "en").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("01/01/2027")))
                .andExpect(content().string(containsString("value=\"2027-01-01\"")))
                .andExpect(content().string(not(containsString("data-figure="))));
        verifyNoInteractions(figures);
    }

    @Test
    void aDateThatIsNoDateIsShownBackAsTypedWithAMessage() throws Exception {
        for (String typed : List.of("31/02/2026", "morgen", "2026-13-01")) {
            mvc.perform(get("/reports").param("from", typed).with(SignedIn.coordinator()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("is geen datum")))
                    .andExpect(content().string(containsString("value=\"" + typed + "\"")))
                    .andExpect(content().string(not(containsString("data-figure="))));
        }
        verifyNoInteractions(figures);
    }

    @Test
    void aCoachOrGroupOrPhaseThatDoesNotExistIsAMessageNotAReport() throws Exception {
        given(groups.group(99L)).willThrow(new GroupNotFoundException(99L));

        mvc.perform(get("/reports").param("coach", "nobody").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is geen coach")));
        mvc.perform(get("/reports").param("group", "99").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is geen leergroep")));
        mvc.perform(get("/reports").param("group", "abc").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is geen leergroep")));
        mvc.perform(get("/reports").param("phase", "HOLIDAY").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is geen fase")));
        verifyNoInteractions(figures);
    }

    @Test
    void anUnknownCoachGroupOrPhaseStaysChosenSoShowingAgainDoesNotDropIt() throws Exception {
        given(groups.group(99L)).willThrow(new GroupNotFoundException(99L));

        String page = mvc.perform(get("/reports").param("coach", "nobody").param("group", "99")
                        .param("phase", "HOLIDAY").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("<option value=\"nobody\" selected=\"selected\">\u201enobody\u201d \\(onbekend\\)</option>")
                .containsPattern("<option value=\"99\" selected=\"selected\">")
                .containsPattern("<option value=\"HOLIDAY\" selected=\"selected\">");
        String known = mvc.perform(get("/reports").param("coach", "anna").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(known).as("a known choice is chosen as itself, with no extra option")
                .doesNotContain("(onbekend)");
    }

    @Test
    void aCoachReadsTheirOwnCaseloadAndIsToldSoWithoutSurvival() throws Exception {
        mvc.perform(get("/reports").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("je eigen caseload")))
                .andExpect(content().string(not(containsString("Alle coaches"))))
                .andExpect(content().string(not(containsString("data-figure=\"SURVIVAL\""))))
                .andExpect(content().string(not(containsString("/reports/survival"))))
                .andExpect(content().string(not(containsString("/reports/funder/"))));

        then(figures).should().count(eq(Figure.ENTRIES), eq(THIS_YEAR), eq(FigureFilter.NONE),
                eq(Actor.of("coach", Role.COACH)));
    }

    @Test
    void officeStaffSeeNoFigures() throws Exception {
        mvc.perform(get("/reports").with(SignedIn.office()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(figures);
    }

    @Test
    void theChartsAreWellFormedSvgWithATitleAndEscapedLabels() throws Exception {
        given(figures.count(eq(Figure.CANDIDATES_PER_PHASE), any(), any(), any()))
                .willReturn(result(Figure.CANDIDATES_PER_PHASE, THIS_YEAR, new FigureRow("INTAKE", 4, null, null),
                        new FigureRow("EXPLORATION", 2, null, null)));

        String page = mvc.perform(get("/reports").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<String> charts = svgs(page);
        assertThat(charts).hasSize(3);
        for (String svg : charts) {
            Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(parsed.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 ");
            assertThat(parsed.getDocumentElement().getAttribute("width")).isEqualTo("100%");
            assertThat(parsed.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
        }
        assertThat(charts.get(0)).contains("Kandidaten per fase nu").contains("Intake: 4");
        assertThat(charts.get(1)).contains("Uitstroom per soort en per maand").contains(">11/26<");
    }

    private static List<String> svgs(String page) {
        Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(page);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static FigureResult result(Figure figure, Period period, FigureRow... rows) {
        return new FigureResult(figure, period, FigureFilter.NONE, List.of(rows));
    }

    /** A bundle text as Thymeleaf writes it into the page (markup characters escaped, accents as they are). */
    private static String html(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
