package be.actraject.web.limits;

import be.actraject.bpmn.limits.LimitTasks;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import be.actraject.workflow.TimeLimit;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.Optional;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.hamcrest.Matchers.containsString;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(WarningController.class)
@Import({WebSliceConfiguration.class, LimitScreens.class})
class WarningControllerTest {

    private static final String URL = "/tasks/t1/limit-warning";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    LimitTasks tasks;
    @MockitoBean
    Caseload caseload;

    @BeforeEach
    void theTrajectoryHasALastDay() {
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.limit(TimeLimit.PRE_INVOICING)).willReturn(Optional.of(LocalDate.of(2026, 12, 31)));
        given(caseload.trajectory(eq(7L), any())).willReturn(trajectory);
    }

    private void heldBy(String assignee) {
        given(workItems.find(eq("t1"), any()))
                .willReturn(task("t1", UserTask.PRE_INVOICING_LIMIT_WARNING, assignee));
    }

    private static MockHttpServletRequestBuilder plan(String text) {
        return post(URL).with(csrf()).with(SignedIn.coach()).param("plan", text);
    }

    @Test
    void theScreenNamesTheLimitAndItsLastDay() throws Exception {
        heldBy("coach");

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("limits/warning"))
                .andExpect(model().attribute("limit", TimeLimit.PRE_INVOICING))
                .andExpect(model().attribute("lastDay", LocalDate.of(2026, 12, 31)))
                .andExpect(content().string(containsString("Termijn fase 1–3 loopt af op 31/12/2026.")));
    }

    @Test
    void aPlanCompletesTheTask() throws Exception {
        heldBy("coach");

        mvc.perform(plan("Twee klanten bezoeken"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(tasks).acknowledgeWarning(eq("t1"), eq(UserTask.PRE_INVOICING_LIMIT_WARNING),
                eq("Twee klanten bezoeken"), any());
    }

    @Test
    void anEmptyPlanComesBackWithItsMessage() throws Exception {
        heldBy("coach");

        mvc.perform(plan(""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("warning", "plan", "NotBlank"))
                .andExpect(content().string(containsString("Vul dit veld in.")));
        verify(tasks, never()).acknowledgeWarning(any(), any(), any(), any());
    }

    @Test
    void aPlanTheServiceFindsEmptyIsToldBesideTheFieldAndKept() throws Exception {
        heldBy("coach");
        willThrow(new MotivationRequiredException()).given(tasks).acknowledgeWarning(any(), any(), any(), any());

        mvc.perform(plan("..."))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("warning", "plan", "decision.motivation.required"))
                .andExpect(content().string(containsString("Geef een motivering.")))
                .andExpect(content().string(containsString("...")));
    }

    @Test
    void anAdministratorMayNotSeeTheWarning() throws Exception {
        heldBy("coach");

        mvc.perform(get(URL).with(SignedIn.as("admin", Role.ADMINISTRATOR))).andExpect(status().isForbidden());
    }
}
