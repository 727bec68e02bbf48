package be.actraject.web.candidate;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.find.CandidateFilter;
import be.actraject.domain.find.CandidateList;
import be.actraject.domain.find.CandidatePage;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryStatus;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The candidate list's screen: statuses instead of a last phase, filters kept in the paging links, bad input. */
@WebMvcTest(CandidateController.class)
@Import({WebSliceConfiguration.class, CandidateListPage.class})
class CandidateListControllerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CandidateList candidateList;
    @MockitoBean
    LearningGroups groups;
    @MockitoBean
    TrajectoryStart trajectoryStart;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    DossierPage dossierPage;
    @MockitoBean
    WorkItems workItems;

    @BeforeEach
    void people() {
        given(accounts.members(Role.COACH)).willReturn(List.of(
                new Account("coach", "Sofie", "Verstraete", EnumSet.of(Role.COACH))));
        given(accounts.displayNames()).willReturn(Map.of("coach", "Sofie Verstraete"));
    }

    private static Trajectory selfEmployedLastMonth() {
        Candidate candidate = new Candidate(new CandidateDetails("Zeno", "Zelfstandig", null, null, null, null, null,
                LocalDate.of(1990, 1, 1), "VDAB1", TODAY.minusMonths(10), "Idee"), Instant.EPOCH, "coach");
        ReflectionTestUtils.setField(candidate, "id", 5L);
        Trajectory trajectory = new Trajectory(candidate, "coach", TODAY.minusMonths(10));
        trajectory.enter(Phase.INVOICING, TODAY.minusMonths(3));
        trajectory.end(ExitType.SELF_EMPLOYED, "Gestart", TODAY.minusMonths(1));
        return trajectory;
    }

    private void answering(List<Trajectory> rows, long total) {
        Map<TrajectoryStatus, Long> counts = new EnumMap<>(TrajectoryStatus.class);
        for (TrajectoryStatus s : TrajectoryStatus.values()) {
            counts.put(s, s == TrajectoryStatus.AFTERCARE ? total : 0L);
        }
        given(candidateList.list(any(), any(), any(), any())).willAnswer(call -> {
            CandidateFilter filter = call.getArgument(0);
            return new CandidatePage(rows, total, counts, filter.page(), filter.size());
        });
    }

    @Test
    void onAPhoneTheRowsAreCardsEachValueUnderItsColumnsNameAndTheSortLinksStandAbove() throws Exception {
        answering(List.of(selfEmployedLastMonth()), 1);

        String page = mvc.perform(get("/candidates").with(SignedIn.coach()).param("q", "zeno"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("table-cards", "data-label=\"Naam\"", "data-label=\"Coach\"", "Sorteren op")
                .containsPattern("data-testid=\"sort-phone\"[^§]*?q=zeno[^§]*?sort=COACH[^§]*?</nav>");
    }

    @Test
    void aFilterThatFindsNothingSaysSoAndAnEmptyListWithoutOneSaysThereAreNoneYet() throws Exception {
        answering(List.of(), 0);

        mvc.perform(get("/candidates").with(SignedIn.coach()).param("q", "Çağrı"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geen kandidaten die aan deze filter voldoen.")))
                .andExpect(content().string(not(containsString("nog geen kandidaten"))));
        mvc.perform(get("/candidates").with(SignedIn.coach()).param("q", "").param("coach", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er zijn nog geen kandidaten die jij kan zien.")));
    }

    @Test
    void keptCountsSayFromWhenTheyAre() throws Exception {
        Map<TrajectoryStatus, Long> counts = new EnumMap<>(TrajectoryStatus.class);
        for (TrajectoryStatus s : TrajectoryStatus.values()) {
            counts.put(s, 1000L);
        }
        given(candidateList.list(any(), any(), any(), any())).willAnswer(call -> {
            CandidateFilter filter = call.getArgument(0);
            return new CandidatePage(List.of(selfEmployedLastMonth()), 6000, counts, filter.page(), filter.size(),
                    Instant.parse("2026-07-01T12:34:00Z"));
        });

        mvc.perform(get("/candidates").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aantallen van 14:34")));
    }

    @Test
    void anExitAsSelfEmployedShowsAftercareAndItsNextFollowUpNotInvoicing() throws Exception {
        answering(List.of(selfEmployedLastMonth()), 1);

        mvc.perform(get("/candidates").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In nazorg (Zelfstandige)")))
                .andExpect(content().string(containsString("opvolging 20/01/2027")))
                .andExpect(content().string(containsString("In nazorg (1)")))
                .andExpect(content().string(not(containsString(">Facturatie<"))));
    }

    /**
     * Issue 17: the aftercare started with the schedule of its day (kept with the trajectory); a later change of the
     * parameter (here the default 3, 6, 12 months) does not move the follow-up the list shows.
     */
    @Test
    void theNextFollowUpIsThatOfTheScheduleTheAftercareStartedWith() throws Exception {
        Trajectory trajectory = selfEmployedLastMonth();
        trajectory.startAftercare(List.of(java.time.Period.ofMonths(1), java.time.Period.ofMonths(6)));
        answering(List.of(trajectory), 1);

        mvc.perform(get("/candidates").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("opvolging 20/11/2026")))
                .andExpect(content().string(not(containsString("opvolging 20/01/2027"))));
    }

    @Test
    void theFiltersReachTheQueryAndThePagingLinksKeepThem() throws Exception {
        answering(List.of(selfEmployedLastMonth()), 120);

        mvc.perform(get("/candidates").with(SignedIn.coach()).param("status", "AFTERCARE").param("q", "zeno")
                        .param("coach", "coach").param("mine", "true").param("sort", "ENTRY").param("size", "50")
                        .param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "/candidates?status=AFTERCARE&amp;coach=coach&amp;q=zeno&amp;mine=true&amp;sort=ENTRY&amp;page=2&amp;size=50")))
                .andExpect(content().string(containsString("Pagina 2 van 3 (120 trajecten)")));

        ArgumentCaptor<CandidateFilter> filter = ArgumentCaptor.forClass(CandidateFilter.class);
        verify(candidateList).list(filter.capture(), any(Actor.class), any(), any());
        assertThat(filter.getValue()).isEqualTo(new CandidateFilter(TrajectoryStatus.AFTERCARE, "coach", null, "zeno",
                true, CandidateFilter.Sort.ENTRY, false, 1, 50));
    }

    @Test
    void valuesThatDoNotBindOrAreTooLongGiveTheListWithAMessageNeverAnError() throws Exception {
        answering(List.of(), 0);
        String tooLong = "x".repeat(101);

        mvc.perform(get("/candidates").with(SignedIn.coach()).param("status", "SOMETHING").param("page", "two")
                        .param("size", "1000").param("q", tooLong))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "q"))
                .andExpect(content().string(containsString("value=\"" + tooLong + "\"")));

        ArgumentCaptor<CandidateFilter> filter = ArgumentCaptor.forClass(CandidateFilter.class);
        verify(candidateList).list(filter.capture(), any(Actor.class), any(), any());
        assertThat(filter.getValue()).isEqualTo(new CandidateFilter(null, null, null, null, false, null, false, 0,
                25));
    }

    @Test
    void oneTrajectoryIsCountedInTheSingularInBothLanguages() throws Exception {
        answering(List.of(selfEmployedLastMonth()), 1);

        mvc.perform(get("/candidates").with(SignedIn.coach()))
                .andExpect(content().string(containsString("Pagina 1 van 1 (1 traject)")));
        mvc.perform(get("/candidates").with(SignedIn.coach()).param("lang", "en"))
                .andExpect(content().string(containsString("Page 1 of 1 (1 trajectory)")));
    }

    /** Issue 16: the coaches go to the query in the order of their names, whatever their user ids. */
    @Test
    void sortingByCoachRanksTheCoachesByTheirNames() throws Exception {
        given(accounts.members(Role.COACH)).willReturn(List.of(
                new Account("coach", "Sofie", "Verstraete", EnumSet.of(Role.COACH)),
                new Account("coach2", "Karel", "Van Acker", EnumSet.of(Role.COACH)),
                new Account("coach3", "Ann", "Çelik", EnumSet.of(Role.COACH))));
        answering(List.of(), 0);

        mvc.perform(get("/candidates").with(SignedIn.coach()).param("sort", "COACH")).andExpect(status().isOk());

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<String>> order = ArgumentCaptor.forClass(List.class);
        verify(candidateList).list(any(), any(Actor.class), any(), order.capture());
        assertThat(order.getValue()).containsExactly("coach3", "coach2", "coach");
    }
}
