package be.actraject.web.task;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.FollowUpInPastException;
import be.actraject.bpmn.task.HandOverChoice;
import be.actraject.bpmn.task.HandOverChoices;
import be.actraject.bpmn.task.HandOverRefusedException;
import be.actraject.bpmn.task.NotYourTaskException;
import be.actraject.bpmn.task.TaskAlreadyCompletedException;
import be.actraject.bpmn.task.TaskClaimedByOtherException;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.TaskNotFoundException;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.task.Worklist;
import be.actraject.bpmn.task.WorklistQuery;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.bpmn.task.WorklistSort;
import be.actraject.web.support.SignedIn;
import be.actraject.web.system.Flash;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
    @MockitoBean
    SelfEmploymentSignals signals;
    @MockitoBean
    be.actraject.bpmn.review.ReviewTasks reviews;
    @MockitoBean
    HandOverChoices handOvers;

    private static final Account COACH2 = new Account("coach2", "Katrien", "Peeters", java.util.Set.of(Role.COACH));
    private static final Account OFFICE = new Account("office", "Olga", "Boekhoud", java.util.Set.of(Role.COACH));

    private static Worklist page(WorklistQuery query, WorkItem... items) {
        return new Worklist(query, List.of(items), items.length,
                Map.of(WorklistScope.MINE, 1, WorklistScope.CLAIMABLE, 4),
                Map.of("INTAKE", items.length), Map.of(UserTask.POP_CREATION.key(), 1), Map.of("coach", 1), 0);
    }

    @Test
    void theWorklistShowsItsTasksByTheirNameInTheBundlesWithTheCountsOfEachScopeAndFilter() throws Exception {
        given(workItems.worklist(any(), any())).willAnswer(call -> page(call.getArgument(0),
                task("t1", UserTask.INDIVIDUAL_CONVERSATION, "coach"), task("t2", UserTask.POP_CREATION, null)));
        given(handOvers.of(any(), any())).willReturn(Map.of("t1", new HandOverChoice(List.of(COACH2), List.of())));

        mvc.perform(get("/tasks").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Individueel gesprek")))
                .andExpect(content().string(containsString("Opmaak POP (1)")))
                .andExpect(content().string(containsString("Intake (2)")))
                .andExpect(content().string(containsString("/tasks/t2/claim")))
                .andExpect(content().string(containsString("/tasks/t1/unclaim")))
                .andExpect(content().string(containsString("/tasks/t1/hand-over")))
                .andExpect(content().string(containsString("/tasks/t1/follow-up")))
                .andExpect(content().string(containsString("2 taken")))
                .andExpect(content().string(not(containsString("Alle open taken"))));
    }

    @Test
    void largeCountsAreWrittenWithTheLanguagesThousandsSeparator() throws Exception {
        given(workItems.worklist(any(), any())).willAnswer(call -> new Worklist(call.getArgument(0),
                List.of(task("t1", UserTask.POP_CREATION, null)), 21036,
                Map.of(WorklistScope.MINE, 1250, WorklistScope.CLAIMABLE, 21036), Map.of("INTAKE", 21036),
                Map.of(UserTask.POP_CREATION.key(), 21036), Map.of(), 0));

        assertThat(mvc.perform(get("/tasks").with(SignedIn.coach())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains(">1.250<", ">21.036<", "21.036 taken", "Intake (21.036)")
                .doesNotContain("21036");
        assertThat(mvc.perform(get("/tasks").param("lang", "en").with(SignedIn.coach())).andReturn()
                .getResponse().getContentAsString()).contains(">21,036<");
    }

    @Test
    void aPagerStepThatDoesNotExistIsNoLinkAndSaysItIsUnavailable() throws Exception {
        // 60 tasks: pages of 25, so the first has no previous one and the last no next one.
        given(workItems.worklist(any(), any())).willAnswer(call -> new Worklist(call.getArgument(0),
                List.of(task("t1", UserTask.POP_CREATION, "coach")), 60, Map.of(), Map.of(), Map.of(), Map.of(), 0));

        String first = mvc.perform(get("/tasks").with(SignedIn.coach()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Pagina 1 van 3").contains("rel=\"next\"").doesNotContain("rel=\"prev\"")
                .containsPattern("<span class=\"[^\"]*disabled\" aria-disabled=\"true\">Vorige</span>");

        String last = mvc.perform(get("/tasks").param("page", "2").with(SignedIn.coach()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(last).contains("Pagina 3 van 3").contains("rel=\"prev\"").doesNotContain("rel=\"next\"")
                .containsPattern("<span class=\"[^\"]*disabled\" aria-disabled=\"true\">Volgende</span>");
    }

    @Test
    void keptCountsSayFromWhenTheyAreAndCountsMadeForThePageSayNothing() throws Exception {
        java.time.Instant at = java.time.Instant.parse("2026-03-29T08:05:00Z");
        given(workItems.worklist(any(), any())).willAnswer(call -> {
            Worklist fresh = page(call.getArgument(0), task("t1", UserTask.POP_CREATION, "coach"));
            return new Worklist(fresh.query(), fresh.items(), fresh.total(), fresh.scopeCounts(),
                    fresh.stageCounts(), fresh.taskCounts(), fresh.coachCounts(), 0, at);
        });
        mvc.perform(get("/tasks").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aantallen van 10:05")));

        given(workItems.worklist(any(), any())).willAnswer(call -> page(call.getArgument(0)));
        mvc.perform(get("/tasks").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("worklist-counted-at"))));
    }

    @Test
    void afterACompletedTaskTheWorklistSaysWhoHasTheNextStep() throws Exception {
        given(workItems.worklist(any(), any())).willAnswer(call -> page(call.getArgument(0)));

        mvc.perform(get("/tasks").with(SignedIn.coach())
                        .flashAttr(Flash.ATTRIBUTE, Flash.success("task.completed", "Lotte Peeters"))
                        .flashAttr(Flash.NEXT, Flash.success("task.next.ROLE.COORDINATOR", (Object) null)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taak afgewerkt voor Lotte Peeters.")))
                .andExpect(content().string(containsString("De volgende stap is voor de coördinator.")))
                .andExpect(content().string(not(containsString("staat in de werklijst"))));
    }

    @Test
    void theFiltersInTheQueryStringReachTheServiceAndAreCarriedByEveryChange() throws Exception {
        ArgumentCaptor<WorklistQuery> query = ArgumentCaptor.forClass(WorklistQuery.class);
        given(workItems.worklist(query.capture(), any())).willAnswer(call -> page(call.getArgument(0),
                task("t1", UserTask.POP_CREATION, "coach")));

        mvc.perform(get("/tasks").param("scope", "CLAIMABLE").param("stage", "INTAKE")
                        .param("task", UserTask.POP_CREATION.key()).param("candidate", "lot")
                        .param("overdue", "true").param("sort", "AGE").param("page", "2")
                        .with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"lot\"")))
                .andExpect(content().string(containsString("name=\"back\" value=\"/tasks?scope=CLAIMABLE&amp;stage=INTAKE")));

        WorklistQuery asked = query.getValue();
        assertThat(asked.scope()).isEqualTo(WorklistScope.CLAIMABLE);
        assertThat(asked.stage()).isEqualTo("INTAKE");
        assertThat(asked.taskKey()).isEqualTo(UserTask.POP_CREATION.key());
        assertThat(asked.candidate()).isEqualTo("lot");
        assertThat(asked.overdue()).isTrue();
        assertThat(asked.sort()).isEqualTo(WorklistSort.AGE);
        assertThat(asked.page()).isEqualTo(2);
    }

    @Test
    void aCoachAskingForAllTasksGetsTheirOwnAndACoordinatorSeesTheAllTab() throws Exception {
        ArgumentCaptor<WorklistQuery> query = ArgumentCaptor.forClass(WorklistQuery.class);
        given(workItems.worklist(query.capture(), any())).willAnswer(call -> page(call.getArgument(0)));

        mvc.perform(get("/tasks").param("scope", "ALL").with(SignedIn.coach())).andExpect(status().isOk());
        assertThat(query.getValue().scope()).isEqualTo(WorklistScope.MINE);

        mvc.perform(get("/tasks").param("scope", "ALL").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alle open taken")));
        assertThat(query.getValue().scope()).isEqualTo(WorklistScope.ALL);
    }

    @Test
    void claimingReturnsToTheSameFilteredList() throws Exception {
        mvc.perform(post("/tasks/t2/claim").param("back", "/tasks?scope=CLAIMABLE&stage=INTAKE&candidate=Van%20Damme&page=1")
                        .with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks?scope=CLAIMABLE&stage=INTAKE&candidate=Van%20Damme&page=1"))
                .andExpect(flashMessage("worklist.claimed"));
    }

    @Test
    void aChangeCarryingAnythingButAWorklistUrlReturnsToTheWorklist() throws Exception {
        mvc.perform(post("/tasks/t2/unclaim").param("back", "https://evil.example/tasks?scope=MINE")
                        .with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks"));
        mvc.perform(post("/tasks/t2/unclaim").param("back", "/tasks?scope=NONSENSE&page=x&sort=DROP")
                        .with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void theHandOverOffersOnlyTheAcceptedColleaguesAndSaysWhyAnotherIsMissing() throws Exception {
        given(workItems.worklist(any(), any())).willAnswer(call -> page(call.getArgument(0),
                task("t1", UserTask.INDIVIDUAL_CONVERSATION, "coach"), task("t3", UserTask.POP_CREATION, "coach")));
        given(handOvers.of(any(), any())).willReturn(Map.of(
                "t1", new HandOverChoice(List.of(COACH2), List.of(new HandOverChoice.Missing(OFFICE,
                        HandOverRefusedException.Reason.OUTSIDE_CASELOAD))),
                "t3", new HandOverChoice(List.of(), List.of())));

        String page = mvc.perform(get("/tasks").with(SignedIn.coach()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<option value=\"coach2\">Katrien Peeters</option>")
                .doesNotContain("<option value=\"office\"")
                .contains("Olga Boekhoud staat niet in de lijst: die mag deze kandidaat niet zien.")
                .contains("Coach wijzigen in het dossier")
                .doesNotContain("/tasks/t3/hand-over")
                .contains("Geen collega kan deze taak overnemen.");
    }

    @Test
    void handingOverPassesTheColleagueAndTheNote() throws Exception {
        mvc.perform(post("/tasks/t1/hand-over").param("colleague", "coach2").param("note", "Ik ben met verlof")
                        .param("back", "/tasks?scope=MINE").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks?scope=MINE"))
                .andExpect(flashMessage("worklist.handedOver", "coach2"));
        verify(claims).handOver(eq("t1"), eq("coach2"), eq("Ik ben met verlof"), any());
    }

    @Test
    void aRefusedHandOverSaysWhyAndKeepsWhatWasTyped() throws Exception {
        willThrow(new HandOverRefusedException(HandOverRefusedException.Reason.OUTSIDE_CASELOAD, "coach2"))
                .given(claims).handOver(eq("t1"), eq("coach2"), any(), any());

        mvc.perform(post("/tasks/t1/hand-over").param("colleague", "coach2").param("note", "Neem jij dit over?")
                        .with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("worklist.handOver.refused.OUTSIDE_CASELOAD", "coach2", TaskClaims.MAX_NOTE))
                .andExpect(flash().attribute("openForm", "handOver-t1"))
                .andExpect(flash().attribute("typedNote", "Neem jij dit over?"));
    }

    @Test
    void aFollowUpDateInThePastIsRefusedWithAMessage() throws Exception {
        // The day the form was opened may have passed by the time the engine sees it (after midnight).
        willThrow(new FollowUpInPastException(LocalDate.parse("2026-11-20")))
                .given(claims).followUp(eq("t1"), any(), any());

        mvc.perform(post("/tasks/t1/follow-up").param("day", "2026-11-20").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("worklist.followUp.past"))
                .andExpect(flash().attribute("openForm", "followUp-t1"));
    }

    @Test
    void aFollowUpDateOutsideItsWindowIsRefusedWithTheWindowAndKept() throws Exception {
        for (String day : new String[]{"2020-01-01", "2030-01-01"}) {
            mvc.perform(post("/tasks/t1/follow-up").param("day", day).with(csrf()).with(SignedIn.coach()))
                    .andExpect(redirectedUrl("/tasks"))
                    .andExpect(flashMessage("date.window.FOLLOW_UP"))
                    .andExpect(flash().attribute("openForm", "followUp-t1"))
                    .andExpect(flash().attribute("typedDay", LocalDate.parse(day)));
        }
        verify(claims, never()).followUp(any(), any(), any());
    }

    @Test
    void aFollowUpDayThatDoesNotExistComesBackWithTheDateMessageNotA400() throws Exception {
        for (String day : new String[]{"2027-02-29", "2026-04-31", "31/12/2026"}) {
            mvc.perform(post("/tasks/t1/follow-up").param("day", day).with(csrf()).with(SignedIn.coach()))
                    .andExpect(redirectedUrl("/tasks"))
                    .andExpect(flashMessage("typeMismatch.java.time.LocalDate"))
                    .andExpect(flash().attribute("openForm", "followUp-t1"));
        }
        verify(claims, never()).followUp(any(), any(), any());
    }

    @Test
    void aFollowUpDateIsSetAndCleared() throws Exception {
        mvc.perform(post("/tasks/t1/follow-up").param("day", "2027-01-15").with(csrf()).with(SignedIn.coach()))
                .andExpect(flashMessage("worklist.followUp.set"));
        verify(claims).followUp(eq("t1"), eq(LocalDate.parse("2027-01-15")), any());
        mvc.perform(post("/tasks/t1/follow-up").param("day", "").with(csrf()).with(SignedIn.coach()))
                .andExpect(flashMessage("worklist.followUp.cleared"));
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
    void aTaskThatIsNotMineIsForbiddenAndSaysAColleagueMayHaveTakenItWithTheWayBack() throws Exception {
        given(workItems.find(eq("t9"), any())).willThrow(new NotYourTaskException("t9", "coach"));

        mvc.perform(get("/tasks/t9").with(SignedIn.coach())).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Niet (meer) jouw taak")))
                .andExpect(content().string(containsString("vaak nam een collega ze intussen op")))
                .andExpect(content().string(containsString("href=\"/tasks\"")));
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
