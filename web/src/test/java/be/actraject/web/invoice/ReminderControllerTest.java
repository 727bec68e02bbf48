package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.belgium.StructuredCommunication;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.PaymentState;
import be.actraject.domain.invoice.Payments;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
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
import java.time.LocalDate;
import java.util.List;

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

/** The reminder has no field to refuse: a note, and the task is done. */
@WebMvcTest(ReminderController.class)
@Import({WebSliceConfiguration.class, Numbers.class})
class ReminderControllerTest {

    private static final String URL = "/tasks/t1/payment-reminder";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    InvoiceTasks tasks;
    @MockitoBean
    Payments payments;
    @MockitoBean
    Customers customers;

    @BeforeEach
    void theOfficeHoldsTheReminderOfAnOverdueInvoice() {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.PAYMENT_REMINDER, "office"));
        Invoice invoice = Mockito.mock(Invoice.class);
        given(invoice.getNumber()).willReturn("2026-0012");
        given(invoice.getDueOn()).willReturn(LocalDate.of(2026, 10, 31));
        given(invoice.getCustomerName()).willReturn("Bakkerij Janssens");
        given(invoice.getCommunication()).willReturn(StructuredCommunication.ofBase(12L));
        given(tasks.invoiceOf(eq("t1"), any())).willReturn(invoice);
        PaymentState state = Mockito.mock(PaymentState.class);
        given(state.open()).willReturn(new BigDecimal("1234.50"));
        given(state.payments()).willReturn(List.of());
        given(payments.of(invoice)).willReturn(state);
    }

    @Test
    void theScreenSaysWhatIsOpenSinceWhen() throws Exception {
        mvc.perform(get(URL).with(SignedIn.office()))
                .andExpect(status().isOk())
                .andExpect(view().name("invoice/reminder"))
                .andExpect(model().attribute("today", LocalDate.of(2026, 11, 20)))
                .andExpect(content().string(containsString(
                        "Factuur 2026-0012 staat nog open voor € 1.234,50 (te betalen tegen 31/10/2026).")))
                .andExpect(content().string(containsString("Bakkerij Janssens")));
    }

    @Test
    void theNoteReachesTheService() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.office()).param("note", "Gebeld, betaalt vrijdag"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(tasks).completeReminder(eq("t1"), eq("Gebeld, betaalt vrijdag"), any());
    }

    @Test
    void aCoachMayNotCompleteTheOfficesReminder() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("note", "x"))
                .andExpect(status().isForbidden());
        verify(tasks, never()).completeReminder(any(), any(), any());
    }
}
