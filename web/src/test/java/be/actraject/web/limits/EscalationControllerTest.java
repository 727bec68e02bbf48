package be.actraject.web.limits;

import be.actraject.bpmn.limits.InvalidExtensionException;
import be.actraject.bpmn.limits.LimitTasks;
import be.actraject.bpmn.task.ExitTypeRequiredException;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
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
import java.time.Period;
import java.util.List;
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

@WebMvcTest(EscalationController.class)
@Import({WebSliceConfiguration.class, LimitScreens.class})
class EscalationControllerTest {

    private static final String URL = "/tasks/t1/limit-escalation";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    LimitTasks tasks;
    @MockitoBean
    Caseload caseload;

    @BeforeEach
    void theCoordinatorHoldsTheEscalation() {
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.limit(TimeLimit.INVOICING)).willReturn(Optional.of(LocalDate.of(2026, 11, 30)));
        given(caseload.trajectory(eq(7L), any())).willReturn(trajectory);
        given(workItems.find(eq("t1"), any()))
                .willReturn(task("t1", UserTask.INVOICING_LIMIT_ESCALATION, "coordinator"));
    }

    private static MockHttpServletRequestBuilder decide(String decision, String months, String exit, String why) {
        return post(URL).with(csrf()).with(SignedIn.coordinator()).param("decision", decision)
                .param("extensionMonths", months).param("exitType", exit).param("motivation", why);
    }

    @Test
    void theScreenOffersToExtendOrEnd() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(view().name("limits/escalation"))
                .andExpect(model().attribute("decisions", List.of(Decision.EXTEND, Decision.END)))
                .andExpect(model().attribute("lastDay", LocalDate.of(2026, 11, 30)))
                .andExpect(content().string(containsString("Termijn facturatie is bereikt op 30/11/2026.")));
    }

    @Test
    void anExtensionReachesTheServiceInMonths() throws Exception {
        mvc.perform(decide("EXTEND", "3", "", "Eerste klant tekent volgende maand"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(tasks).decideAtLimit(eq("t1"), eq(UserTask.INVOICING_LIMIT_ESCALATION), eq(Decision.EXTEND),
                eq(Period.ofMonths(3)), eq(null), eq("Eerste klant tekent volgende maand"), any());
    }

    @Test
    void aDecisionWithoutMotivationComesBackWithTheChoiceKept() throws Exception {
        mvc.perform(decide("END", "1", "STOPPED", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("escalation", "motivation", "NotBlank"))
                .andExpect(content().string(containsString("value=\"STOPPED\" selected=\"selected\"")));
        verify(tasks, never()).decideAtLimit(any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void anEndWithoutExitIsRefusedBesideTheExitField() throws Exception {
        willThrow(new ExitTypeRequiredException()).given(tasks)
                .decideAtLimit(any(), any(), any(), any(), any(), any(), any());

        mvc.perform(decide("END", "1", "", "Geen vooruitgang"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("escalation", "exitType", "exit.type.required"))
                .andExpect(content().string(containsString("Kies de uitstroom.")))
                .andExpect(content().string(containsString("Geen vooruitgang")));
    }

    @Test
    void anExtensionTooLongIsRefusedBesideTheMonths() throws Exception {
        willThrow(new InvalidExtensionException(Period.ofMonths(6))).given(tasks)
                .decideAtLimit(any(), any(), any(), any(), any(), any(), any());

        mvc.perform(decide("EXTEND", "9", "", "Nog wat tijd"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("escalation", "extensionMonths",
                        "limit.extension.invalid"))
                .andExpect(content().string(containsString("Een verlenging duurt één tot zes maanden.")));
    }

    @Test
    void aCoachMayNotDecideForTheCoordinator() throws Exception {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.INVOICING_LIMIT_ESCALATION, "coordinator"));

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("decision", "EXTEND")
                        .param("extensionMonths", "1").param("motivation", "Zo"))
                .andExpect(status().isForbidden());
        verify(tasks, never()).decideAtLimit(any(), any(), any(), any(), any(), any(), any());
    }
}
