package be.actraject.web.task;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.NotYourTaskException;
import be.actraject.bpmn.task.TaskAlreadyCompletedException;
import be.actraject.bpmn.task.TaskClaimedByOtherException;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.TaskNotFoundException;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.task.Worklist;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(WorklistController.class)
@Import(WebSliceConfiguration.class)
class WorklistControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    TaskClaims claims;
    @MockitoBean
    Accounts accounts;

    @Test
    void theWorklistShowsMyTasksAndTheClaimableOnesByTheirNameInTheBundles() throws Exception {
        given(workItems.worklist(any())).willReturn(new Worklist(
                List.of(task("t1", UserTask.INDIVIDUAL_CONVERSATION, "coach")),
                List.of(task("t2", UserTask.POP_CREATION, null))));

        mvc.perform(get("/tasks").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Individueel gesprek")))
                .andExpect(content().string(containsString("Opmaak POP")))
                .andExpect(content().string(containsString("/tasks/t2/claim")))
                .andExpect(content().string(containsString("/tasks/t1/unclaim")));
    }

    @Test
    void aTaskOpensOnTheScreenOfItsKind() throws Exception {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.POP_CREATION, "coach"));

        mvc.perform(get("/tasks/t1").with(SignedIn.coach()))
                .andExpect(forwardedUrl("/tasks/t1/pop-creation"));
    }

    @Test
    void anUnknownTaskIsNotFound() throws Exception {
        given(workItems.find(eq("nope"), any())).willThrow(new TaskNotFoundException("nope"));

        mvc.perform(get("/tasks/nope").with(SignedIn.coach())).andExpect(status().isNotFound());
    }

    @Test
    void aCompletedTaskSaysWhoCompletedIt() throws Exception {
        given(workItems.find(eq("done"), any())).willThrow(
                new TaskAlreadyCompletedException("done", "coach2", Instant.parse("2026-11-19T14:00:00Z")));

        mvc.perform(get("/tasks/done").with(SignedIn.coach()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("afgewerkt door coach2 op 19/11/2026 15:00")));
    }

    @Test
    void aTaskThatIsNotMineIsForbidden() throws Exception {
        given(workItems.find(eq("t9"), any())).willThrow(new NotYourTaskException("t9", "coach"));

        mvc.perform(get("/tasks/t9").with(SignedIn.coach())).andExpect(status().isForbidden());
    }

    @Test
    void claimingATaskAColleagueHasJustClaimedSaysWhoAndShowsTheRefreshedWorklist() throws Exception {
        willThrow(new TaskClaimedByOtherException("t2", "coach2")).given(claims).claim(eq("t2"), any());

        mvc.perform(post("/tasks/t2/claim").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("worklist.claimedByOther"));
    }

    @Test
    void aClaimThatLostARaceAsksWhoWonIt() throws Exception {
        willThrow(new TaskClaimedByOtherException("t2", null)).given(claims).claim(eq("t2"), any());
        given(workItems.holderOf("t2")).willReturn("coach2");

        mvc.perform(post("/tasks/t2/claim").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("worklist.claimedByOther", "coach2"));
    }

    @Test
    void claimingFromTheTaskScreenReturnsToItButNowhereElse() throws Exception {
        mvc.perform(post("/tasks/t2/claim").param("next", "/tasks/t2").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks/t2"));
        mvc.perform(post("/tasks/t2/claim").param("next", "https://evil.example").with(csrf())
                        .with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks"));
    }
}
