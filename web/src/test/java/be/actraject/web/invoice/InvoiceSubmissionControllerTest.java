package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatRates;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.NotInvoicingException;
import be.actraject.domain.invoice.Quotes;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.FormParams.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

@WebMvcTest(InvoiceSubmissionController.class)
@Import({WebSliceConfiguration.class, LineChoices.class, Numbers.class})
class InvoiceSubmissionControllerTest {

    private static final String URL = "/candidates/42/invoices/new";

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    DossierChanges changes;
    @MockitoBean
    InvoiceTasks invoices;
    @MockitoBean
    Customers customers;
    @MockitoBean
    Quotes quotes;
    @MockitoBean
    VatRates rates;

    @BeforeEach
    void aCandidateInInvoicingWithOneCustomer() {
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(42L);
        given(candidate.fullName()).willReturn("Lotte Peeters");
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(changes.currentOf(eq(42L), eq(DossierChange.INVOICING), any())).willReturn(trajectory);
        Customer customer = Mockito.mock(Customer.class);
        given(customer.getId()).willReturn(5L);
        given(customer.getName()).willReturn("Bakkerij Janssens");
        given(customers.of(eq(7L), any())).willReturn(List.of(customer));
        given(rates.offered()).willReturn(List.of(TaxRate.standard("21"), TaxRate.standard("6")));
    }

    private static MockHttpServletRequestBuilder invoice(String unitPrice) {
        return post(URL).with(csrf()).with(SignedIn.coach())
                .param("customerId", "5").param("description", "Website november")
                .param("lines[0].description", "Webdesign").param("lines[0].quantity", "2")
                .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", unitPrice)
                .param("lines[0].vatCode", "21")
                .param("lines[1].description", "").param("lines[1].vatCode", "21");
    }

    @Test
    void theFormOffersTheCustomersAndTheRatesOfToday() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("invoice/new"))
                .andExpect(model().attributeExists("invoice", "vatRates", "units", "customers"))
                .andExpect(content().string(containsString("Bakkerij Janssens")))
                .andExpect(content().string(containsString("name=\"lines[2].description\"")));
    }

    @Test
    void anInvoiceReachesTheServiceWithTheDutchAmountsParsedAndTheEmptyLinesDropped() throws Exception {
        mvc.perform(invoice("12,50"))
                .andExpect(redirectedUrl("/candidates/42#invoices"))
                .andExpect(flashMessage("invoice.submitted"));

        ArgumentCaptor<InvoiceDraft> draft = ArgumentCaptor.forClass(InvoiceDraft.class);
        verify(invoices).submit(eq(7L), draft.capture(), any());
        assertThat(draft.getValue().customerName()).isEqualTo("Bakkerij Janssens");
        assertThat(draft.getValue().lines()).hasSize(1);
        DraftLine line = draft.getValue().lines().get(0);
        assertThat(line.unitPrice()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(line.quantity()).isEqualByComparingTo(BigDecimal.valueOf(2));
    }

    @Test
    void anInvoiceWithoutCustomerAndWithAnUnreadablePriceComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(invoice("12,5x").with(typed("customerId", "")).with(typed("lines[0].vatCode", "99")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("invoice", "customerId", "invoice.customer.required"))
                .andExpect(model().attributeHasFieldErrors("invoice", "lines[0].unitPrice"))
                .andExpect(model().attributeHasFieldErrorCode("invoice", "lines[0].vatCode",
                        "invoice.line.rate.unknown"))
                .andExpect(content().string(containsString("value=\"12,5x\"")))
                .andExpect(content().string(containsString("Website november")));
        verify(invoices, never()).submit(anyLong(), any(), any());
    }

    @Test
    void aCandidateNotInInvoicingIsRefusedAboveTheForm() throws Exception {
        willThrow(new NotInvoicingException(7L)).given(invoices).submit(anyLong(), any(), any());

        mvc.perform(invoice("12,50"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("invoice"))
                .andExpect(content().string(containsString("Facturen worden enkel opgemaakt in de facturatiefase.")))
                .andExpect(content().string(containsString("value=\"12,50\"")));
    }

    @Test
    void someoneWhoDoesNoInvoicingWorkForTheCandidateIsRefused() throws Exception {
        given(changes.currentOf(eq(42L), eq(DossierChange.INVOICING), any()))
                .willThrow(new NotPermittedException("office", "INVOICING"));

        mvc.perform(invoice("12,50").with(SignedIn.office())).andExpect(status().isForbidden());
        verify(invoices, never()).submit(anyLong(), any(), any());
    }
}
