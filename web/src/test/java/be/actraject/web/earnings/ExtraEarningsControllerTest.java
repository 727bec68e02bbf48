package be.actraject.web.earnings;

import be.actraject.bpmn.invoicing.InvoicingTasks;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.earnings.ActivityCosts;
import be.actraject.domain.earnings.ExtraEarningsStatements;
import be.actraject.domain.earnings.StatementExistsException;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.YearMonth;

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

@WebMvcTest(ExtraEarningsController.class)
@Import({WebSliceConfiguration.class, Numbers.class})
class ExtraEarningsControllerTest {

    private static final String URL = "/tasks/t1/extra-earnings";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    InvoicingTasks invoicing;
    @MockitoBean
    ExtraEarningsStatements statements;
    @MockitoBean
    ActivityCosts costs;
    @MockitoBean
    TrajectoryParameters parameters;
    @MockitoBean
    Cooperative cooperative;

    @BeforeEach
    void theOfficeHoldsTheStatement() {
        given(parameters.getExtraEarningsCapPerHour()).willReturn(new BigDecimal("2.50"));
        given(cooperative.getContributionPercent()).willReturn(new BigDecimal("10"));
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.EXTRA_EARNINGS_STATEMENT, "office"));
    }

    private static MockHttpServletRequestBuilder statement(String month, String hours) {
        return post(URL).with(csrf()).with(SignedIn.office()).param("month", month).param("hours", hours);
    }

    @Test
    void theScreenProposesLastMonthAndNamesTheCap() throws Exception {
        mvc.perform(get(URL).with(SignedIn.office()))
                .andExpect(status().isOk())
                .andExpect(view().name("earnings/extra-earnings"))
                .andExpect(model().attribute("capPerHour", new BigDecimal("2.50")))
                .andExpect(content().string(containsString("value=\"2026-10\"")))
                .andExpect(content().string(containsString("2,50")));
    }

    @Test
    void hoursTypedWithACommaReachTheService() throws Exception {
        mvc.perform(statement("2026-10", "37,5"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(invoicing).completeExtraEarnings(eq("t1"), eq(YearMonth.of(2026, 10)),
                eq(new BigDecimal("37.5")), any());
    }

    @Test
    void moreHoursThanTheMonthHasComeBackWithTheCeilingAndTheTypedHours() throws Exception {
        mvc.perform(statement("2026-02", "700"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("statement", "hours", "earnings.hoursAboveMonth"))
                .andExpect(content().string(containsString("De maand 2026-02 telt hoogstens 672 uren (28 dagen × 24).")))
                .andExpect(content().string(containsString("value=\"700\"")));
        verify(invoicing, never()).completeExtraEarnings(any(), any(), any(), any());
    }

    @Test
    void unreadableHoursAndAMissingMonthComeBackWithTheirMessages() throws Exception {
        mvc.perform(statement("", "veel"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("statement", "month", "hours"))
                .andExpect(content().string(containsString("value=\"veel\"")));
        verify(invoicing, never()).completeExtraEarnings(any(), any(), any(), any());
    }

    @Test
    void aMonthAlreadyStatedIsToldBesideTheMonth() throws Exception {
        willThrow(new StatementExistsException("2026-10")).given(invoicing)
                .completeExtraEarnings(any(), any(), any(), any());

        mvc.perform(statement("2026-10", "37,5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("statement", "month", "earnings.monthDone"))
                .andExpect(content().string(containsString("Voor deze maand is er al een maandstaat.")));
    }

    @Test
    void aCoachMayNotDrawUpTheOfficesStatement() throws Exception {
        mvc.perform(statement("2026-10", "37,5").with(SignedIn.coach())).andExpect(status().isForbidden());
        verify(invoicing, never()).completeExtraEarnings(any(), any(), any(), any());
    }
}
