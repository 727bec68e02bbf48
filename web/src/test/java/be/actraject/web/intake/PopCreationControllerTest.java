package be.actraject.web.intake;

import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.plan.ActionDraft;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.ObjectiveDraft;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

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

@WebMvcTest(PopCreationController.class)
@Import({WebSliceConfiguration.class, PlanScreens.class})
class PopCreationControllerTest {

    private static final String URL = "/tasks/t1/pop-creation";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    IntakeTasks intake;
    @MockitoBean
    DevelopmentPlans plans;
    @MockitoBean
    Assessments assessments;
    @MockitoBean
    ReferenceProfiles profiles;

    @BeforeEach
    void theCoachHoldsThePopCreation() {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.POP_CREATION, "coach"));
    }

    private static MockHttpServletRequestBuilder plan() {
        return post(URL).with(csrf()).with(SignedIn.coach()).param("agreedOn", "2026-11-19")
                .param("objectives[0].competency", "NETWORKING")
                .param("objectives[0].description", "Netwerk uitbouwen")
                .param("objectives[0].actions[0].description", "Naar de ondernemersavond gaan")
                .param("objectives[0].actions[0].targetOn", "2026-12-10")
                .param("objectives[1].description", "");
    }

    @Test
    void theScreenOffersEmptyObjectivesAndProposesToday() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("intake/pop-creation"))
                .andExpect(model().attributeExists("plan", "gaps", "competencies"))
                .andExpect(content().string(containsString("name=\"objectives[3].description\"")))
                .andExpect(content().string(containsString("value=\"2026-11-20\"")));
    }

    @Test
    void aPlanReachesTheServiceWithoutItsEmptyLines() throws Exception {
        mvc.perform(plan())
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(intake).completePopCreation(eq("t1"), eq(new PlanDraft(List.of(new ObjectiveDraft(
                Competency.NETWORKING, "Netwerk uitbouwen",
                List.of(new ActionDraft("Naar de ondernemersavond gaan", LocalDate.of(2026, 12, 10), null)))),
                LocalDate.of(2026, 11, 19))), any());
    }

    @Test
    void anActionWithoutTargetDateAndAnObjectiveWithoutActionComeBackWithTheirMessages() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("agreedOn", "2026-11-19")
                        .param("objectives[0].description", "Netwerk uitbouwen")
                        .param("objectives[1].actions[0].description", "Prijzen vergelijken"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("plan", "objectives[0].actions[0].description",
                        "plan.objective.actions.required"))
                .andExpect(model().attributeHasFieldErrorCode("plan", "objectives[1].description",
                        "plan.objective.description.required"))
                .andExpect(model().attributeHasFieldErrorCode("plan", "objectives[1].actions[0].targetOn",
                        "plan.action.targetOn.required"))
                .andExpect(content().string(containsString("Prijzen vergelijken")))
                .andExpect(content().string(containsString("Geef de datum waartegen de actie gedaan moet zijn.")));
        verify(intake, never()).completePopCreation(any(), any(), any());
    }

    @Test
    void aPlanTheDomainRefusesComesBackWithTheRefusalOnTheForm() throws Exception {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        willThrow(new ConstraintViolationException(validator.validate(
                new PlanDraft(List.of(), LocalDate.of(2026, 11, 19))))).given(intake).completePopCreation(any(), any(), any());

        mvc.perform(plan())
                .andExpect(status().isOk())
                .andExpect(view().name("intake/pop-creation"))
                .andExpect(model().attributeHasFieldErrorCode("plan", "objectives", "NotEmpty"))
                .andExpect(content().string(containsString("Naar de ondernemersavond gaan")));
    }

    @Test
    void anAdministratorMayNotWriteThePlan() throws Exception {
        mvc.perform(plan().with(SignedIn.as("admin", Role.ADMINISTRATOR))).andExpect(status().isForbidden());
        verify(intake, never()).completePopCreation(any(), any(), any());
    }
}
