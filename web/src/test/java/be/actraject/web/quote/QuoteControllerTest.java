package be.actraject.web.quote;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatRates;
import be.actraject.domain.invoice.NotInvoicingException;
import be.actraject.domain.invoice.Quote;
import be.actraject.domain.invoice.QuoteDraft;
import be.actraject.domain.invoice.QuoteExpiredException;
import be.actraject.domain.invoice.Quotes;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.invoice.InvoicePdf;
import be.actraject.web.invoice.LineChoices;
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
import java.time.LocalDate;
import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
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

@WebMvcTest(QuoteController.class)
@Import({WebSliceConfiguration.class, LineChoices.class, Numbers.class})
class QuoteControllerTest {

    private static final String URL = "/candidates/42/quotes/new";

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    Quotes quotes;
    @MockitoBean
    Customers customers;
    @MockitoBean
    Caseload caseload;
    @MockitoBean
    DossierChanges changes;
    @MockitoBean
    InvoicePdf pdf;
    @MockitoBean
    VatRates rates;

    @BeforeEach
    void aCandidateInProspectingWithOneCustomer() {
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
        given(rates.offered()).willReturn(List.of(TaxRate.standard("21")));
    }

    private static MockHttpServletRequestBuilder quote(String unitPrice) {
        return post(URL).with(csrf()).with(SignedIn.coach())
                .param("customerId", "5").param("subject", "Logo en huisstijl").param("validUntil", "2026-12-20")
                .param("lines[0].description", "Logo").param("lines[0].quantity", "1,5")
                .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", unitPrice)
                .param("lines[0].vatCode", "21");
    }

    @Test
    void theFormProposesAValidityOfThirtyDays() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("quote/new"))
                .andExpect(model().attributeExists("quote", "customers", "vatRates"))
                .andExpect(content().string(containsString("value=\"2026-12-20\"")))
                .andExpect(content().string(containsString("Bakkerij Janssens")));
    }

    @Test
    void aQuoteReachesTheServiceWithTheDutchNumbersParsed() throws Exception {
        Quote saved = Mockito.mock(Quote.class);
        given(saved.getId()).willReturn(9L);
        given(quotes.draft(anyLong(), any(), any())).willReturn(saved);

        mvc.perform(quote("80,25"))
                .andExpect(redirectedUrl("/quotes/9"))
                .andExpect(flashMessage("quote.drafted"));

        ArgumentCaptor<QuoteDraft> draft = ArgumentCaptor.forClass(QuoteDraft.class);
        verify(quotes).draft(eq(7L), draft.capture(), any());
        assertThat(draft.getValue().validUntil()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(draft.getValue().lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualByComparingTo(new BigDecimal("1.5"));
            assertThat(line.unitPrice()).isEqualByComparingTo(new BigDecimal("80.25"));
        });
    }

    @Test
    void aQuoteWithoutSubjectOrLineComesBackWithTheMessagesAndWhatWasTyped() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach())
                        .param("customerId", "5").param("subject", "").param("validUntil", "2026-12-20")
                        .param("lines[0].description", "Logo").param("lines[0].quantity", "")
                        .param("lines[0].unitPrice", "80,25").param("lines[0].vatCode", "21"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("quote", "subject", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("quote", "lines[0].quantity", "NotNull"))
                .andExpect(content().string(containsString("value=\"80,25\"")));
        verify(quotes, never()).draft(anyLong(), any(), any());
    }

    /** "Lijnen toevoegen" with a line that does not read: the form as typed, its message, more lines; no 400. */
    @Test
    void moreLinesAskedWithAnAmountThatDoesNotReadKeepTheFormAndSayWhy() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("addLines", "")
                        .param("customerId", "5").param("subject", "Logo en huisstijl").param("validUntil", "2026-12-20")
                        .param("lines[0].description", "Logo").param("lines[0].quantity", "abc")
                        .param("lines[0].unitPrice", "1e3").param("lines[0].vatCode", "21"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("quote", "lines[0].quantity", "typeMismatch"))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("value=\"1e3\"")))
                .andExpect(content().string(containsString("value=\"Logo en huisstijl\"")))
                .andExpect(content().string(containsString("name=\"lines[3].description\"")));
        verify(quotes, never()).draft(anyLong(), any(), any());
    }

    @Test
    void aValidityTheServiceFindsPastIsToldBesideIt() throws Exception {
        willThrow(new QuoteExpiredException()).given(quotes).draft(anyLong(), any(), any());

        mvc.perform(quote("80,25"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("quote", "validUntil", "quote.validUntil.past"))
                .andExpect(content().string(containsString("De geldigheid ligt vandaag of later.")));
    }

    @Test
    void aCandidateNotYetProspectingIsRefusedAboveTheForm() throws Exception {
        willThrow(new NotInvoicingException(7L)).given(quotes).draft(anyLong(), any(), any());

        mvc.perform(quote("80,25"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Offertes worden opgemaakt vanaf de prospectiefase.")))
                .andExpect(content().string(containsString("Logo en huisstijl")));
    }

    @Test
    void someoneWhoDoesNoInvoicingWorkForTheCandidateIsRefused() throws Exception {
        given(changes.currentOf(eq(42L), eq(DossierChange.INVOICING), any()))
                .willThrow(new NotPermittedException("office", "INVOICING"));

        mvc.perform(quote("80,25").with(SignedIn.office())).andExpect(status().isForbidden());
        verify(quotes, never()).draft(anyLong(), any(), any());
    }
}
