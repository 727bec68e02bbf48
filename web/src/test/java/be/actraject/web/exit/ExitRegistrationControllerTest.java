package be.actraject.web.exit;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
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

@WebMvcTest(ExitRegistrationController.class)
@Import(WebSliceConfiguration.class)
class ExitRegistrationControllerTest {

    private static final String URL = "/tasks/t1/exit-registration";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    ExitTasks exits;

    private void heldBy(String assignee) {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.EXIT_REGISTRATION, assignee));
    }

    @Test
    void theScreenProposesTheExitOfAStop() throws Exception {
        heldBy("coach");

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("exit/registration"))
                .andExpect(model().attribute("exitTypes", ExitType.values()))
                .andExpect(content().string(containsString("Taak voor Lotte Peeters")));
    }

    @Test
    void aCompleteRegistrationReachesTheServiceAndReturnsToTheWorklist() throws Exception {
        heldBy("coach");

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach())
                        .param("exitType", "SALARIED").param("reason", "Vast werk gevonden"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(exits).completeExitRegistration(eq("t1"), eq(ExitType.SALARIED), eq("Vast werk gevonden"), any());
    }

    @Test
    void aRegistrationWithoutReasonComesBackWithTheChosenExit() throws Exception {
        heldBy("coach");

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("exitType", "SALARIED").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("exit/registration"))
                .andExpect(model().attributeHasFieldErrorCode("exit", "reason", "NotBlank"))
                .andExpect(content().string(containsString("value=\"SALARIED\" selected=\"selected\"")));
        verify(exits, never()).completeExitRegistration(any(), any(), any(), any());
    }

    @Test
    void aTaskOfAnotherKindIsNotServedHere() throws Exception {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.INTAKE_DECISION, "coach"));

        mvc.perform(get(URL).with(SignedIn.coach())).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorMayNotRegisterAnExit() throws Exception {
        heldBy("admin");

        mvc.perform(post(URL).with(csrf()).with(SignedIn.as("admin", Role.ADMINISTRATOR))
                        .param("exitType", "SALARIED").param("reason", "Vast werk"))
                .andExpect(status().isForbidden());
        verify(exits, never()).completeExitRegistration(any(), any(), any(), any());
    }

    @Test
    void aCoachWhoDoesNotHoldTheTaskMayNotCompleteIt() throws Exception {
        heldBy("coach2");

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach())
                        .param("exitType", "SALARIED").param("reason", "Vast werk"))
                .andExpect(status().isForbidden());
        verify(exits, never()).completeExitRegistration(any(), any(), any(), any());
    }
}
