package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.invoicing.SelfEmploymentPolicy;
import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.Totals;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.Invoices;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
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

@WebMvcTest(ApprovalController.class)
@Import({WebSliceConfiguration.class, Numbers.class})
class ApprovalControllerTest {

    private static final String URL = "/tasks/t1/invoice-approval";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    InvoiceTasks tasks;
    @MockitoBean
    Invoices invoices;
    @MockitoBean
    Customers customers;
    @MockitoBean
    SelfEmploymentPolicy selfEmployment;

    @BeforeEach
    void theCoachHoldsTheApprovalOfAnInvoice() {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.INVOICE_APPROVAL_COACH, "coach"));
        Invoice invoice = Mockito.mock(Invoice.class);
        given(invoice.getDescription()).willReturn("Website november");
        given(invoice.getCustomerName()).willReturn("Bakkerij Janssens");
        given(invoice.totals()).willReturn(new Totals(List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        given(tasks.invoiceOf(eq("t1"), any())).willReturn(invoice);
        given(invoices.issuedCount(7L)).willReturn(3);
        given(selfEmployment.weigh(any())).willReturn(
                new SelfEmploymentPolicy.Reading(new BigDecimal("0.00"), 6, new BigDecimal("10000")));
    }

    @Test
    void theScreenShowsTheInvoiceAndTheTurnoverSoFar() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("invoice/approval"))
                .andExpect(model().attribute("decisions", List.of(Decision.APPROVE, Decision.SEND_BACK)))
                .andExpect(model().attribute("issuedBefore", 3))
                .andExpect(model().attribute("recentMonths", 6))
                .andExpect(content().string(containsString("Website november")));
    }

    @Test
    void theCoordinatorsScreenSaysWhenTheRuleCouldNotDecide() throws Exception {
        given(workItems.find(eq("t1"), any()))
                .willReturn(task("t1", UserTask.INVOICE_APPROVAL_COORDINATOR, "coordinator"));
        given(tasks.ruleFailed("t1")).willReturn(true);

        mvc.perform(get(URL).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("ruleFailed", true))
                .andExpect(content().string(containsString("De regel kon niet beslissen; keur zelf goed of af.")));
    }

    @Test
    void theCoachsScreenSaysNothingOfTheRule() throws Exception {
        given(tasks.ruleFailed("t1")).willReturn(true);

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(model().attribute("ruleFailed", false))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"rule-failed\""))));
    }

    @Test
    void anApprovalReachesTheServiceWithTheKindOfApproval() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("decision", "APPROVE"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(tasks).completeApproval(eq("t1"), eq(UserTask.INVOICE_APPROVAL_COACH), eq(Decision.APPROVE),
                eq(null), any());
    }

    @Test
    void sendingBackWithoutRemarksComesBackWithTheMessage() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("decision", "SEND_BACK").param("remarks", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("approval", "remarks", "invoice.remarks.required"))
                .andExpect(content().string(containsString("Zeg wat er verbeterd moet worden.")))
                .andExpect(content().string(containsString("value=\"SEND_BACK\" id=\"decision2\" name=\"decision\" checked=\"checked\"")));
        verify(tasks, never()).completeApproval(any(), any(), any(), any(), any());
    }

    @Test
    void aDecisionTheServiceFindsMissingIsToldBesideTheChoicesAndTheRemarksKept() throws Exception {
        willThrow(new DecisionRequiredException()).given(tasks).completeApproval(any(), any(), any(), any(), any());

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("decision", "APPROVE")
                        .param("remarks", "Mooi werk"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("approval", "decision", "decision.required"))
                .andExpect(content().string(containsString("Mooi werk")));
    }

    @Test
    void anAdministratorMayNotApprove() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.as("admin", Role.ADMINISTRATOR)).param("decision", "APPROVE"))
                .andExpect(status().isForbidden());
        verify(tasks, never()).completeApproval(any(), any(), any(), any(), any());
    }
}
