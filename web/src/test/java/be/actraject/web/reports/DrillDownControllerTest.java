package be.actraject.web.reports;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.figures.Figure;
import be.actraject.domain.figures.FigureAmount;
import be.actraject.domain.figures.FigureFilter;
import be.actraject.domain.figures.Figures;
import be.actraject.domain.figures.Period;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The candidates behind one number: as many as the domain lists (the number itself), paged, each to its dossier. */
@WebMvcTest(DrillDownController.class)
@Import({WebSliceConfiguration.class, DashboardPage.class, ReportRequests.class, Numbers.class})
class DrillDownControllerTest {

    static final Period YEAR_2025 = Period.year(2025);

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
    @MockitoBean
    WorkItems workItems;

    @BeforeEach
    void trajectoriesWithTheirCandidates() {
        given(accounts.displayNames()).willReturn(Map.of("anna", "Anna Peeters"));
        given(caseload.byIds(anyCollection())).willAnswer(call -> {
            Collection<Long> ids = call.getArgument(0);
            return ids.stream().distinct().collect(Collectors.toMap(Function.identity(), DrillDownControllerTest::trajectory));
        });
    }

    @Test
    void theCountOnTopIsTheNumberAndEachCandidateLinksToTheDossier() throws Exception {
        given(figures.trajectories(eq(Figure.EXITS_BY_TYPE), eq("SELF_EMPLOYED"), eq(YEAR_2025), eq(FigureFilter.NONE),
                any())).willReturn(List.of(1L, 14L));

        String page = mvc.perform(get("/reports/figures/EXITS_BY_TYPE/SELF_EMPLOYED")
                        .param("from", "2025-01-01").param("to", "2025-12-31").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uitstroom per soort")))
                .andExpect(content().string(containsString("data-count=\"2\"")))
                .andExpect(content().string(containsString("2 geteld")))
                .andExpect(content().string(containsString("href=\"/candidates/1001\"")))
                .andExpect(content().string(containsString("href=\"/candidates/1014\"")))
                .andExpect(content().string(containsString("Anna Peeters")))
                .andExpect(content().string(containsString("Kandidaat 14")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("on a phone a card per candidate, each cell under its column's name; names break "
                        + "between words only (the cards' rule, not the global anywhere)")
                .contains("table-cards\" data-testid=\"drill-rows\"").contains("data-label=\"Kandidaat\"")
                .contains("data-label=\"Coach\"").contains("data-label=\"Instap\"");
        assertThat(page).contains("href=\"/reports?from=2025-01-01&amp;to=2025-12-31\"");
    }

    @Test
    void theCandidatesBehindAnAmountAreListedWithTheirAmountInEuro() throws Exception {
        given(figures.amounts(eq(Figure.EARNINGS_IN_INVOICING), eq(Figure.TURNOVER), eq(YEAR_2025),
                eq(FigureFilter.NONE), any())).willReturn(List.of(new FigureAmount(1, new BigDecimal("1234.50")),
                new FigureAmount(9, new BigDecimal("-70.00"))));

        String page = mvc.perform(get("/reports/figures/EARNINGS_IN_INVOICING/TURNOVER")
                        .param("from", "2025-01-01").param("to", "2025-12-31").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Omzet en extra inkomsten per kandidaat")))
                .andExpect(content().string(containsString("Omzet (excl. btw)")))
                .andExpect(content().string(containsString("data-count=\"2\"")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/candidates/1001\"").contains("href=\"/candidates/1009\"")
                .contains(">Bedrag<").contains("data-testid=\"amount\">€ 1.234,50<")
                .contains("data-testid=\"amount\">€ -70,00<");
    }

    @Test
    void theTrajectoriesPastALimitAtTheirExitAreListed() throws Exception {
        given(figures.trajectories(eq(Figure.LIMITS_ENDED), eq("INVOICING"), eq(YEAR_2025), eq(FigureFilter.NONE),
                any())).willReturn(List.of(1L));

        String page = mvc.perform(get("/reports/figures/LIMITS_ENDED/INVOICING")
                        .param("from", "2025-01-01").param("to", "2025-12-31").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Termijnen verstreken bij uitstroom")))
                .andExpect(content().string(containsString("data-count=\"1\"")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/candidates/1001\"").doesNotContain("data-testid=\"amount\"");
    }

    @Test
    void aLongListIsPagedAndTheCountStaysTheWholeNumber() throws Exception {
        given(figures.trajectories(eq(Figure.ENTRIES), eq("ALL"), any(), any(), any()))
                .willReturn(LongStream.rangeClosed(1, 120).boxed().toList());

        String page = mvc.perform(get("/reports/figures/ENTRIES/ALL").param("page", "1").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("120 geteld")))
                .andExpect(content().string(containsString("Pagina 2 van 3")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kandidaat 51").contains("Kandidaat 100").doesNotContain("Kandidaat 50<")
                .doesNotContain("Kandidaat 101<");
        assertThat(java.util.regex.Pattern.compile("href=\"/candidates/\\d+\"").matcher(page).results().count())
                .isEqualTo(50);
    }

    @Test
    void anUnknownFigureOrKeyOrSurvivalIsNotFound() throws Exception {
        for (String address : List.of("/reports/figures/NOPE/ALL", "/reports/figures/EXITS_BY_TYPE/HOLIDAY",
                "/reports/figures/SURVIVAL/ALL")) {
            mvc.perform(get(address).with(SignedIn.coordinator())).andExpect(status().isNotFound());
        }
        verifyNoInteractions(figures);
    }

    @Test
    void aBadPeriodIsAMessageNotAList() throws Exception {
        mvc.perform(get("/reports/figures/ENTRIES/ALL").param("from", "morgen").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is geen datum")))
                .andExpect(content().string(not(containsString("geteld"))));
        mvc.perform(get("/reports/figures/ENTRIES/ALL").param("from", "-999999999-01-01").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cijfers tellen vanaf 01/01/1900")))
                .andExpect(content().string(not(containsString("geteld"))));
        verifyNoInteractions(figures);
    }

    @Test
    void officeStaffAreRefused() throws Exception {
        mvc.perform(get("/reports/figures/ENTRIES/ALL").with(SignedIn.office())).andExpect(status().isForbidden());
        verifyNoInteractions(figures);
    }

    private static Trajectory trajectory(long id) {
        Candidate candidate = mock(Candidate.class);
        given(candidate.getId()).willReturn(1000 + id);
        given(candidate.fullName()).willReturn("Kandidaat " + id);
        Trajectory trajectory = mock(Trajectory.class);
        given(trajectory.getId()).willReturn(id);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(trajectory.getCoach()).willReturn("anna");
        given(trajectory.getPhase()).willReturn(Phase.EXPLORATION);
        given(trajectory.getStartDate()).willReturn(LocalDate.of(2025, 1, 6));
        return trajectory;
    }
}
