package be.actraject.web.invoice;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.PaymentRefusedException;
import be.actraject.domain.invoice.PaymentState;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
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

/** The payment form lives on the dossier and the invoice page: a refusal goes back there with what was typed. */
@WebMvcTest(PaymentController.class)
@Import({WebSliceConfiguration.class, Numbers.class})
class PaymentControllerTest {

    private static final String URL = "/invoices/11/payments";

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    Invoices invoices;
    @MockitoBean
    Payments payments;
    @MockitoBean
    Caseload caseload;

    @BeforeEach
    void anIssuedInvoiceOfLotte() {
        Invoice invoice = Mockito.mock(Invoice.class);
        given(invoice.getTrajectoryId()).willReturn(7L);
        given(invoice.getNumber()).willReturn("2026-0012");
        given(invoices.invoice(eq(11L), any())).willReturn(invoice);
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(42L);
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(caseload.trajectory(eq(7L), any())).willReturn(trajectory);
    }

    private static MockHttpServletRequestBuilder payment(String paidOn, String amount) {
        return post(URL).with(csrf()).with(SignedIn.office())
                .param("paidOn", paidOn).param("amount", amount).param("reference", "Uittreksel 45");
    }

    @Test
    void aPartPaymentReachesTheServiceWithTheDutchAmountParsedAndSaysWhatIsOpen() throws Exception {
        PaymentState state = Mockito.mock(PaymentState.class);
        given(state.isPaid()).willReturn(false);
        given(state.open()).willReturn(new BigDecimal("37.50"));
        given(payments.register(eq(11L), eq(LocalDate.of(2026, 11, 18)), eq(new BigDecimal("12.50")),
                eq("Uittreksel 45"), any())).willReturn(state);

        mvc.perform(payment("2026-11-18", "12,50"))
                .andExpect(redirectedUrl("/candidates/42#invoices"))
                .andExpect(flashMessage("payment.registered.open", "2026-0012", new BigDecimal("37.50")));
    }

    @Test
    void fromTheInvoicePageItGoesBackToTheInvoice() throws Exception {
        PaymentState state = Mockito.mock(PaymentState.class);
        given(state.isPaid()).willReturn(true);
        given(payments.register(anyLong(), any(), any(), any(), any())).willReturn(state);

        mvc.perform(payment("2026-11-18", "50").param("from", "invoice"))
                .andExpect(redirectedUrl("/invoices/11"))
                .andExpect(flashMessage("payment.registered.paid", "2026-0012"));
    }

    @Test
    void anUnreadableDateGoesBackWithWhatWasTypedAndReachesNoService() throws Exception {
        mvc.perform(payment("18/11/2026", "12,50"))
                .andExpect(redirectedUrl("/candidates/42#invoices"))
                .andExpect(flashMessage("typeMismatch.java.time.LocalDate"))
                .andExpect(flash().attribute("openForm", "payment-11"))
                .andExpect(flash().attribute("typedAmount", "12,50"))
                .andExpect(flash().attribute("typedPaidOn", "18/11/2026"));
        verify(payments, never()).register(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aDateInTheFutureIsRefusedBeforeTheService() throws Exception {
        mvc.perform(payment("2026-11-21", "12,50"))
                .andExpect(flashMessage("date.window.PAYMENT"))
                .andExpect(flash().attribute("typedReference", "Uittreksel 45"));
        verify(payments, never()).register(anyLong(), any(), any(), any(), any());
    }

    @Test
    void anOverpaymentIsRefusedWithTheServicesReasonAndTheTypedAmountKept() throws Exception {
        given(payments.register(anyLong(), any(), any(), any(), any()))
                .willThrow(new PaymentRefusedException(PaymentRefusedException.Reason.OVERPAID));

        mvc.perform(payment("2026-11-18", "9.999,00"))
                .andExpect(redirectedUrl("/candidates/42#invoices"))
                .andExpect(flashMessage("payment.refused.OVERPAID", "2026-0012"))
                .andExpect(flash().attribute("typedAmount", "9.999,00"));
    }

    @Test
    void someoneWhoMayNotSeeTheInvoiceIsRefused() throws Exception {
        given(invoices.invoice(eq(11L), any())).willThrow(new NotInCaseloadException("coach2", 7L));

        mvc.perform(payment("2026-11-18", "12,50").with(SignedIn.as("coach2", Role.COACH)))
                .andExpect(status().isForbidden());
        verify(payments, never()).register(anyLong(), any(), any(), any(), any());
    }
}
