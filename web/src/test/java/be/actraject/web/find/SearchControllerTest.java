package be.actraject.web.find;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.find.Finder;
import be.actraject.domain.find.Findings;
import be.actraject.domain.trajectory.Trajectory;
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
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search box's two addresses: the suggestions fragment the script fetches, and the results page. */
@WebMvcTest(SearchController.class)
@Import(WebSliceConfiguration.class)
class SearchControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Finder finder;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    be.actraject.bpmn.task.WorkItems workItems;

    private static Trajectory cagri() {
        Candidate candidate = new Candidate(new CandidateDetails("Çağrı", "Yılmaz", null, "0470 12 34 56", null, null,
                null, LocalDate.of(1990, 1, 1), "VDAB77", LocalDate.of(2026, 10, 1), "Idee"), Instant.EPOCH, "coach");
        ReflectionTestUtils.setField(candidate, "id", 77L);
        Trajectory trajectory = new Trajectory(candidate, "coach", LocalDate.of(2026, 10, 1));
        trajectory.enter(Phase.EXPLORATION, LocalDate.of(2026, 10, 1));
        return trajectory;
    }

    @BeforeEach
    void names() {
        given(accounts.displayNames()).willReturn(Map.of("coach", "Sofie Verstraete"));
    }

    @Test
    void theSuggestionsAreAFragmentWithTheCandidateTheCustomerTheInvoiceAndAllResults() throws Exception {
        given(finder.find(eq("cagri"), any(Actor.class), eq(SearchController.SUGGESTIONS))).willReturn(new Findings(
                List.of(cagri()), List.of(new Findings.Hit(3, "Bakkerij Cagri", null, 77, "Çağrı Yılmaz")),
                List.of(new Findings.Hit(9, "2026-0012", "Bakkerij Cagri", 77, "Çağrı Yılmaz")), false));

        mvc.perform(get("/search/suggestions").param("q", "cagri").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("href=\"/candidates/77\"")))
                .andExpect(content().string(containsString("Çağrı Yılmaz")))
                .andExpect(content().string(containsString("Verkenning")))
                .andExpect(content().string(containsString("Bakkerij Cagri (klant van Çağrı Yılmaz)")))
                .andExpect(content().string(containsString("href=\"/invoices/9\"")))
                .andExpect(content().string(containsString("href=\"/search?q=cagri\"")));
    }

    @Test
    void theResultsPageWorksWithoutAScriptAndSaysWhenNothingIsFound() throws Exception {
        given(finder.find(any(), any(Actor.class), anyInt())).willReturn(Findings.NONE);

        mvc.perform(get("/search").param("q", "zzz").with(SignedIn.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Niets gevonden.")))
                .andExpect(content().string(containsString("<title>Zoeken · AC Traject</title>")))
                .andExpect(content().string(containsString("value=\"zzz\"")));
        mvc.perform(get("/search").param("q", "z").param("lang", "en").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Type at least two characters")));
    }

    @Test
    void aLetterWithPunctuationAsksForTwoCharactersAsTheLetterAloneDoes() throws Exception {
        given(finder.find(any(), any(Actor.class), anyInt())).willReturn(Findings.NONE);

        for (String typed : List.of("d", "d'", "..", "%%")) {
            mvc.perform(get("/search").param("q", typed).with(SignedIn.coach()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Typ minstens twee tekens")))
                    .andExpect(content().string(not(containsString("Niets gevonden."))));
        }
    }

    @Test
    void aQueryLongerThanTheBoxIsCutNotRefused() throws Exception {
        given(finder.find(any(), any(Actor.class), anyInt())).willReturn(Findings.NONE);

        mvc.perform(get("/search").param("q", "a".repeat(300)).with(SignedIn.coach()))
                .andExpect(status().isOk());
        verify(finder).find(eq("a".repeat(be.actraject.domain.find.Finder.MAX_LENGTH)), any(Actor.class), eq(SearchController.RESULTS));
    }

    @Test
    void theSearchBoxIsOnEveryPageForSomeoneSignedInAndNotForAVisitor() throws Exception {
        given(finder.find(any(), any(Actor.class), anyInt())).willReturn(Findings.NONE);

        mvc.perform(get("/search").with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(content().string(containsString("data-testid=\"search-box\"")))
                .andExpect(content().string(containsString("/js/search.js")));
        mvc.perform(get("/search/suggestions").param("q", "cagri"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }
}
