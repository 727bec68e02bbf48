package be.actraject.web.print;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.plan.DevelopmentPlan;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PrintController.class)
@Import(WebSliceConfiguration.class)
class PrintControllerTest {

    private static final byte[] PDF = "%PDF-1.7".getBytes();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    Caseload caseload;
    @MockitoBean
    DevelopmentPlans plans;
    @MockitoBean
    IndividualConversations conversations;
    @MockitoBean
    DossierPapers papers;

    private final Trajectory trajectory = mock(Trajectory.class);

    @BeforeEach
    void aCandidateOfTheCoach() {
        given(trajectory.getId()).willReturn(7L);
        given(caseload.coachingRecordOfCandidate(eq(3L), any())).willReturn(trajectory);
    }

    @Test
    void thePopIsTheNewestVersionShownInline() throws Exception {
        DevelopmentPlan newest = mock(DevelopmentPlan.class);
        given(newest.getVersion()).willReturn(2);
        given(plans.of(eq(7L), any())).willReturn(List.of(newest, mock(DevelopmentPlan.class)));
        given(papers.plan(trajectory, newest)).willReturn(PDF);

        mvc.perform(get("/candidates/3/plan.pdf").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"pop-3-v2.pdf\""))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void withoutAPlanThereIsNothingToPrint() throws Exception {
        given(plans.of(eq(7L), any())).willReturn(List.of());

        mvc.perform(get("/candidates/3/plan.pdf").with(SignedIn.coach())).andExpect(status().isNotFound());
    }

    @Test
    void aConversationPrintsOnlyFromItsOwnCandidatesDossier() throws Exception {
        IndividualConversation held = mock(IndividualConversation.class);
        given(held.getId()).willReturn(41L);
        given(held.getHeldOn()).willReturn(LocalDate.of(2026, 11, 18));
        given(conversations.of(eq(7L), any())).willReturn(List.of(held));
        given(papers.conversation(eq(trajectory), eq(held), any())).willReturn(PDF);

        mvc.perform(get("/candidates/3/conversations/41/report.pdf").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "inline; filename=\"gesprek-3-2026-11-18.pdf\""));
        mvc.perform(get("/candidates/3/conversations/42/report.pdf").with(SignedIn.coach()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoachOutsideWhoseCaseloadTheCandidateIsGetsNoPaper() throws Exception {
        given(caseload.coachingRecordOfCandidate(eq(3L), any())).willThrow(new NotInCaseloadException("coach2", 7L));

        for (String path : List.of("/candidates/3/plan.pdf", "/candidates/3/summary.pdf",
                "/candidates/3/conversations/41/report.pdf")) {
            mvc.perform(get(path).with(SignedIn.as("coach2", be.actraject.workflow.Role.COACH)))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(papers, plans, conversations);
    }
}
