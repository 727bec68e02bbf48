package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatRates;
import be.actraject.domain.invoice.CreditNoteDraft;
import be.actraject.domain.invoice.CreditNoteRefusedException;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Phase;
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

/** The credit-note form, the one form of this controller; its invoice page is left to the full-stack tests. */
@WebMvcTest(InvoiceController.class)
@Import({WebSliceConfiguration.class, LineChoices.class, Numbers.class})
class InvoiceControllerTest {

    private static final String URL = "/invoices/11/credit-notes/new";

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    Invoices invoices;
    @MockitoBean
    InvoiceTasks tasks;
    @MockitoBean
    Payments payments;
    @MockitoBean
    Customers customers;
    @MockitoBean
    Caseload caseload;
    @MockitoBean
    DossierChanges changes;
    @MockitoBean
    VatRates rates;

    private Invoice invoice;

    @BeforeEach
    void anIssuedInvoiceOfACandidateStillInvoicing() {
        invoice = Mockito.mock(Invoice.class);
        given(invoice.getId()).willReturn(11L);
        given(invoice.getTrajectoryId()).willReturn(7L);
        given(invoice.getNumber()).willReturn("2026-0012");
        given(invoice.getCustomerName()).willReturn("Bakkerij Janssens");
        given(invoice.getStatus()).willReturn(InvoiceStatus.ISSUED);
        given(invoice.total()).willReturn(new BigDecimal("242.00"));
        given(invoice.asDraft()).willReturn(new InvoiceDraft("Bakkerij Janssens", "Website november", 5L, null,
                List.of(new DraftLine("Webdesign", new BigDecimal("2"), Unit.HOUR, new BigDecimal("100"), null, "21")),
                Supply.NONE));
        given(invoices.invoice(eq(11L), any())).willReturn(invoice);
        given(invoices.leftToCredit(invoice)).willReturn(new BigDecimal("121.00"));
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.isActive()).willReturn(true);
        given(trajectory.getPhase()).willReturn(Phase.INVOICING);
        given(changes.trajectory(eq(7L), eq(DossierChange.INVOICING), any())).willReturn(trajectory);
        given(changes.may(eq(trajectory), eq(DossierChange.INVOICING), any())).willReturn(true);
        given(rates.offered()).willReturn(List.of(TaxRate.standard("21")));
    }

    private static MockHttpServletRequestBuilder creditNote(String unitPrice) {
        return post(URL).with(csrf()).with(SignedIn.coach()).param("reason", "Eén uur te veel aangerekend")
                .param("lines[0].description", "Webdesign").param("lines[0].quantity", "1")
                .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", unitPrice)
                .param("lines[0].vatCode", "21");
    }

    @Test
    void theFormStartsFromTheLinesOfTheInvoice() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("invoice/credit-note"))
                .andExpect(model().attribute("invoice", invoice))
                .andExpect(content().string(containsString("value=\"Webdesign\"")))
                .andExpect(content().string(containsString("2026-0012")))
                .andExpect(content().string(containsString("hoogstens € 121,00")));
    }

    /** The tester's minor 9: "hoogstens € 3.955,96", then "hoogstens € 0,00", on an invoice credited in full. */
    @Test
    void anInvoiceCreditedInFullOffersNoCreditNoteForm() throws Exception {
        given(invoices.leftToCredit(invoice)).willReturn(BigDecimal.ZERO);

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/invoices/11"))
                .andExpect(flashMessage("creditNote.refused.NOTHING_LEFT"));
    }

    @Test
    void aCreditNotePostedOnAnInvoiceCreditedInFullIsRefusedWithoutReachingTheService() throws Exception {
        given(invoices.leftToCredit(invoice)).willReturn(BigDecimal.ZERO);

        mvc.perform(creditNote("50,25"))
                .andExpect(redirectedUrl("/invoices/11"))
                .andExpect(flashMessage("creditNote.refused.NOTHING_LEFT"));
        verify(tasks, never()).submitCreditNote(anyLong(), any(), any());
    }

    @Test
    void anInvoiceNotYetIssuedCannotBeCredited() throws Exception {
        given(invoice.getStatus()).willReturn(InvoiceStatus.SUBMITTED);

        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/invoices/11"))
                .andExpect(flashMessage("creditNote.refused.NOT_ISSUED"));
    }

    @Test
    void aCreditNoteReachesTheServiceWithTheDutchPriceParsed() throws Exception {
        mvc.perform(creditNote("50,25"))
                .andExpect(redirectedUrl("/invoices/11"))
                .andExpect(flashMessage("creditNote.submitted", "2026-0012"));

        ArgumentCaptor<CreditNoteDraft> draft = ArgumentCaptor.forClass(CreditNoteDraft.class);
        verify(tasks).submitCreditNote(eq(11L), draft.capture(), any());
        assertThat(draft.getValue().reason()).isEqualTo("Eén uur te veel aangerekend");
        assertThat(draft.getValue().lines()).singleElement()
                .satisfies(l -> assertThat(l.unitPrice()).isEqualByComparingTo(new BigDecimal("50.25")));
    }

    @Test
    void aCreditNoteWithoutReasonComesBackWithTheLinesAsTyped() throws Exception {
        mvc.perform(creditNote("50,25").with(typed("reason", "")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("creditNote", "reason", "NotBlank"))
                .andExpect(content().string(containsString("value=\"50,25\"")));
        verify(tasks, never()).submitCreditNote(anyLong(), any(), any());
    }

    @Test
    void creditingTooMuchAtARateIsToldBesideTheLinesPrice() throws Exception {
        willThrow(new CreditNoteRefusedException(CreditNoteRefusedException.Reason.TOO_MUCH_AT_RATE,
                new BigDecimal("120.00"), 0)).given(tasks).submitCreditNote(anyLong(), any(), any());

        mvc.perform(creditNote("250"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("creditNote", "lines[0].unitPrice",
                        "creditNote.refused.TOO_MUCH_AT_RATE"))
                .andExpect(content().string(containsString("hoogstens € 120,00 excl. btw")));
    }

    @Test
    void someoneWhoDoesNoInvoicingWorkForTheCandidateIsRefusedBeforeTheLinesAreJudged() throws Exception {
        given(changes.trajectory(eq(7L), eq(DossierChange.INVOICING), any()))
                .willThrow(new NotPermittedException("office", "INVOICING"));

        mvc.perform(creditNote("abc").with(SignedIn.office())).andExpect(status().isForbidden());
        verify(tasks, never()).submitCreditNote(anyLong(), any(), any());
    }
}
