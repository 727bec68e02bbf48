package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatRates;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.invoice.ZeroTotalException;
import be.actraject.web.number.Numbers;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
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
import static be.actraject.web.support.WorkItemFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
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

@WebMvcTest(CorrectionController.class)
@Import({WebSliceConfiguration.class, LineChoices.class, Numbers.class})
class CorrectionControllerTest {

    private static final String URL = "/tasks/t1/invoice-correction";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    InvoiceTasks tasks;
    @MockitoBean
    Customers customers;
    @MockitoBean
    VatRates rates;

    private Invoice sentBack;

    @BeforeEach
    void theCoachHoldsAnInvoiceSentBack() {
        given(workItems.find(eq("t1"), any())).willReturn(task("t1", UserTask.INVOICE_CORRECTION, "coach"));
        given(rates.offered()).willReturn(List.of(TaxRate.standard("21")));
        Customer customer = Mockito.mock(Customer.class);
        given(customer.getId()).willReturn(5L);
        given(customer.getName()).willReturn("Bakkerij Janssens");
        given(customers.of(eq(7L), any())).willReturn(List.of(customer));
        sentBack = Mockito.mock(Invoice.class);
        given(sentBack.getRemarks()).willReturn("Het uurloon klopt niet");
        given(sentBack.getCustomerId()).willReturn(5L);
        given(sentBack.getCustomerName()).willReturn("Bakkerij Janssens");
        given(sentBack.asDraft()).willReturn(new InvoiceDraft("Bakkerij Janssens", "Website november", 5L, null,
                List.of(new DraftLine("Webdesign", new BigDecimal("2"), Unit.HOUR, new BigDecimal("100"), null, "21")),
                Supply.NONE));
        given(tasks.invoiceOf(eq("t1"), any())).willReturn(sentBack);
    }

    private static MockHttpServletRequestBuilder corrected(String unitPrice) {
        return post(URL).with(csrf()).with(SignedIn.coach())
                .param("customerId", "5").param("description", "Website november")
                .param("lines[0].description", "Webdesign").param("lines[0].quantity", "2")
                .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", unitPrice)
                .param("lines[0].vatCode", "21");
    }

    @Test
    void theScreenShowsTheRemarksBesideTheInvoiceAsSent() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("invoice/correction"))
                .andExpect(model().attribute("sentBack", sentBack))
                .andExpect(content().string(containsString("Teruggestuurd met deze opmerkingen: Het uurloon klopt niet")))
                .andExpect(content().string(containsString("value=\"Webdesign\"")));
    }

    @Test
    void theCorrectionReachesTheServiceWithTheDutchPriceParsed() throws Exception {
        mvc.perform(corrected("87,50"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));

        ArgumentCaptor<InvoiceDraft> draft = ArgumentCaptor.forClass(InvoiceDraft.class);
        verify(tasks).completeCorrection(eq("t1"), draft.capture(), any());
        assertThat(draft.getValue().lines()).singleElement()
                .satisfies(l -> assertThat(l.unitPrice()).isEqualByComparingTo(new BigDecimal("87.50")));
    }

    @Test
    void aCreditNoteKeepsTheCustomerOfTheInvoiceItCreditsWhateverTheFormSays() throws Exception {
        given(sentBack.isCreditNote()).willReturn(true);

        mvc.perform(corrected("87,50").with(typed("customerId", "99")))
                .andExpect(redirectedUrl("/tasks"));

        ArgumentCaptor<InvoiceDraft> draft = ArgumentCaptor.forClass(InvoiceDraft.class);
        verify(tasks).completeCorrection(eq("t1"), draft.capture(), any());
        assertThat(draft.getValue().customerId()).isEqualTo(5L);
        assertThat(draft.getValue().customerName()).isEqualTo("Bakkerij Janssens");
    }

    @Test
    void aCorrectionWithoutSubjectOrWithAnUnreadablePriceComesBackAsTyped() throws Exception {
        mvc.perform(corrected("87,5,0").with(typed("description", "")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("invoice", "description", "NotBlank"))
                .andExpect(model().attributeHasFieldErrors("invoice", "lines[0].unitPrice"))
                .andExpect(content().string(containsString("value=\"87,5,0\"")));
        verify(tasks, never()).completeCorrection(any(), any(), any());
    }

    @Test
    void aTotalOfZeroIsRefusedAboveTheForm() throws Exception {
        willThrow(new ZeroTotalException()).given(tasks).completeCorrection(any(), any(), any());

        mvc.perform(corrected("0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("invoice"))
                .andExpect(content().string(containsString("Het totaal excl. btw is € 0,00")));
    }

    @Test
    void anAdministratorMayNotCorrectAnInvoice() throws Exception {
        mvc.perform(corrected("87,50").with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isForbidden());
        verify(tasks, never()).completeCorrection(any(), any(), any());
    }
}
