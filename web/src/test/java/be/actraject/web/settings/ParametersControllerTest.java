package be.actraject.web.settings;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.models.ApprovalRule;
import be.actraject.bpmn.parameters.Parameter;
import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.bpmn.parameters.ParameterSettings;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.training.TrainingApprovalRule;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
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

@WebMvcTest(ParametersController.class)
@Import({WebSliceConfiguration.class, Numbers.class, ParametersPage.class, RuleFailureText.class})
class ParametersControllerTest {

    private static final String CAP = "/settings/parameters/extra-earnings-cap-per-hour";

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    ParameterSettings settings;
    @MockitoBean
    ApprovalRule approvalRule;
    @MockitoBean
    TrainingApprovalRule trainingRule;
    @MockitoBean
    Accounts accounts;

    @BeforeEach
    void theCapIsAtItsConfiguredValue() {
        given(settings.all(any())).willReturn(List.of(
                new ParameterSettings.Setting(Parameter.EXTRA_EARNINGS_CAP_PER_HOUR, "2.50", "2.50", null)));
    }

    @Test
    void thePageShowsEachParameterWithItsValueInDutch() throws Exception {
        mvc.perform(get("/settings/parameters").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(view().name("settings/parameters"))
                .andExpect(model().attributeExists("settings", "history", "ruleTable", "trainingRule"))
                .andExpect(content().string(containsString("2,50")));
    }

    @Test
    void anAmountTypedWithACommaReachesTheServicePlainly() throws Exception {
        mvc.perform(post(CAP).with(csrf()).with(SignedIn.coordinator())
                        .param("value", "3,75").param("reason", "Indexering"))
                .andExpect(redirectedUrl("/settings/parameters#extra-earnings-cap-per-hour"))
                .andExpect(flashMessage("parameter.changed.RUNNING", "extra-earnings-cap-per-hour"));
        verify(settings).change(eq(Parameter.EXTRA_EARNINGS_CAP_PER_HOUR), eq("3.75"), eq("Indexering"), any());
    }

    @Test
    void textThatIsNoAmountComesBackBesideTheParameterAsTyped() throws Exception {
        mvc.perform(post(CAP).with(csrf()).with(SignedIn.coordinator())
                        .param("value", "drie euro").param("reason", "Indexering"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("failedKey", "extra-earnings-cap-per-hour"))
                .andExpect(content().string(containsString("value=\"drie euro\"")))
                .andExpect(content().string(containsString("value=\"Indexering\"")))
                .andExpect(content().string(containsString("(getypt: drie euro)")));
        verify(settings, never()).change(any(), any(), any(), any());
    }

    @Test
    void aChangeWithoutReasonIsRefusedWithTheServicesMessage() throws Exception {
        willThrow(new ParameterRefusedException(ParameterRefusedException.Reason.NO_REASON, null))
                .given(settings).change(any(), any(), any(), any());

        mvc.perform(post(CAP).with(csrf()).with(SignedIn.coordinator()).param("value", "3,75").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef een reden voor de wijziging.")))
                .andExpect(content().string(containsString("value=\"3,75\"")));
    }

    @Test
    void anUnknownParameterIsNotFound() throws Exception {
        mvc.perform(post("/settings/parameters/no-such-thing").with(csrf()).with(SignedIn.coordinator())
                        .param("value", "1").param("reason", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoachMayNotChangeParameters() throws Exception {
        mvc.perform(post(CAP).with(csrf()).with(SignedIn.coach()).param("value", "3,75").param("reason", "x"))
                .andExpect(status().isForbidden());
        verify(settings, never()).change(any(), any(), any(), any());
    }
}
