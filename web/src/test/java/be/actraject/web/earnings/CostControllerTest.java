package be.actraject.web.earnings;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.earnings.ActivityCosts;
import be.actraject.domain.earnings.InvalidCostException;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The cost form lives on the dossier: a refusal goes back there with what was typed. */
@WebMvcTest(CostController.class)
@Import({WebSliceConfiguration.class, Numbers.class})
class CostControllerTest {

    private static final String URL = "/candidates/42/costs";

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    ActivityCosts costs;
    @MockitoBean
    DossierChanges changes;

    @BeforeEach
    void aCandidateInInvoicing() {
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getId()).willReturn(7L);
        given(changes.currentOf(eq(42L), eq(DossierChange.INVOICING), any())).willReturn(trajectory);
    }

    private static MockHttpServletRequestBuilder cost(String spentOn, String amount) {
        return post(URL).with(csrf()).with(SignedIn.coach())
                .param("spentOn", spentOn).param("description", "Visitekaartjes").param("amount", amount);
    }

    @Test
    void aCostReachesTheServiceWithTheDutchAmountParsed() throws Exception {
        mvc.perform(cost("2026-11-12", "1.234,56"))
                .andExpect(redirectedUrl("/candidates/42#earnings"))
                .andExpect(flashMessage("cost.recorded"));
        verify(costs).record(eq(7L), eq(LocalDate.of(2026, 11, 12)), eq("Visitekaartjes"),
                eq(new BigDecimal("1234.56")), any());
    }

    @Test
    void anUnreadableDateGoesBackWithWhatWasTyped() throws Exception {
        mvc.perform(cost("12 november", "12,50"))
                .andExpect(redirectedUrl("/candidates/42#earnings"))
                .andExpect(flashMessage("typeMismatch.java.time.LocalDate"))
                .andExpect(flash().attribute("openForm", "cost"))
                .andExpect(flash().attribute("typedCostOn", "12 november"))
                .andExpect(flash().attribute("typedCostAmount", "12,50"));
        verify(costs, never()).record(anyLong(), any(), any(), any(), any());
    }

    @Test
    void anAmountTheServiceRefusesGoesBackWithItsReasonAndTheTypedText() throws Exception {
        given(costs.record(anyLong(), any(), any(), any(), any()))
                .willThrow(new InvalidCostException(InvalidCostException.Reason.AMOUNT));

        mvc.perform(cost("2026-11-12", "twaalf"))
                .andExpect(flashMessage("cost.refused.AMOUNT"))
                .andExpect(flash().attribute("typedCostAmount", "twaalf"))
                .andExpect(flash().attribute("typedCostDescription", "Visitekaartjes"));
    }

    @Test
    void someoneWhoDoesNoInvoicingWorkForTheCandidateIsRefused() throws Exception {
        given(changes.currentOf(eq(42L), eq(DossierChange.INVOICING), any()))
                .willThrow(new NotPermittedException("office", "INVOICING"));

        mvc.perform(cost("2026-11-12", "12,50").with(SignedIn.office())).andExpect(status().isForbidden());
        verify(costs, never()).record(anyLong(), any(), any(), any(), any());
    }
}
