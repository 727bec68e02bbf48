package be.actraject.web.customer;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.CustomerLanguage;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.customer.InvalidCustomerException;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
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

@WebMvcTest(CustomerController.class)
@Import(WebSliceConfiguration.class)
class CustomerControllerTest {

    private static final String URL = "/candidates/42/customers/new";

    @Autowired
    MockMvc mvc;
    /** The task screen helper every slice loads asks for it; this form reads no task. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    DossierChanges changes;
    @MockitoBean
    Customers customers;

    @BeforeEach
    void aCandidateWhoseInvoicingTheCoachDoes() {
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(42L);
        given(candidate.fullName()).willReturn("Lotte Peeters");
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(changes.currentOf(eq(42L), eq(DossierChange.INVOICING), any())).willReturn(trajectory);
    }

    private static MockHttpServletRequestBuilder customer() {
        return post(URL).with(csrf()).with(SignedIn.coach())
                .param("kind", "FOREIGN_BUSINESS").param("name", " Boulangerie Dupont ").param("street", "Rue Haute 1")
                .param("postalCode", "75001").param("city", "Paris").param("countryCode", "fr")
                .param("vatNumber", "FR12345678901");
    }

    @Test
    void theFormProposesABelgianBusiness() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("customer/new"))
                .andExpect(model().attribute("kinds", CustomerKind.values()))
                .andExpect(content().string(containsString("value=\"BE\"")));
    }

    @Test
    void aCustomerReachesTheServiceWithTheCountryInCapitals() throws Exception {
        mvc.perform(customer())
                .andExpect(redirectedUrl("/candidates/42#customers"))
                .andExpect(flashMessage("customer.added", "Boulangerie Dupont"));

        ArgumentCaptor<CustomerDetails> details = ArgumentCaptor.forClass(CustomerDetails.class);
        verify(customers).add(eq(7L), details.capture(), any());
        assertThat(details.getValue().kind()).isEqualTo(CustomerKind.FOREIGN_BUSINESS);
        assertThat(details.getValue().countryCode()).isEqualTo("FR");
    }

    @Test
    void theLanguageOfTheCustomersDocumentsIsChosenDutchByDefaultAndKeptWhenTheFormComesBack() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(content().string(containsString("Taal van facturen en e-mails")))
                .andExpect(content().string(containsString("<option value=\"NL\" selected=\"selected\">Nederlands")));

        mvc.perform(customer().param("language", "FR")).andExpect(redirectedUrl("/candidates/42#customers"));
        ArgumentCaptor<CustomerDetails> details = ArgumentCaptor.forClass(CustomerDetails.class);
        verify(customers).add(eq(7L), details.capture(), any());
        assertThat(details.getValue().language()).isEqualTo(CustomerLanguage.FR);

        mvc.perform(customer().param("language", "FR").with(typed("street", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"FR\" selected=\"selected\">Frans")));
    }

    @Test
    void aCustomerWithoutAddressComesBackWithTheMessagesAndTheNameKept() throws Exception {
        mvc.perform(customer().with(typed("street", "")).param("email", "geen-adres"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("customer", "street", "NotBlank"))
                .andExpect(model().attributeHasFieldErrors("customer", "email"))
                .andExpect(content().string(containsString("Boulangerie Dupont")));
        verify(customers, never()).add(anyLong(), any(), any());
    }

    /** The tester's minor 12: çağrı@örnek.test was accepted, then the mail failed for ever with "Broken pipe". */
    @Test
    void anAddressWhosePartBeforeTheAtIsNotAsciiIsRefusedAndKeptAsTyped() throws Exception {
        mvc.perform(customer().param("email", "çağrı@örnek.test"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("customer", "email", "Pattern"))
                .andExpect(content().string(containsString("Dit e-mailadres kan niet gemaild worden")))
                .andExpect(content().string(containsString("value=\"&ccedil;ağrı@&ouml;rnek.test\"")));
        verify(customers, never()).add(anyLong(), any(), any());
    }

    @Test
    void anAddressAtADomainInAnotherScriptIsAccepted() throws Exception {
        mvc.perform(customer().param("email", "cagri@örnek.test"))
                .andExpect(redirectedUrl("/candidates/42#customers"));
    }

    @Test
    void aVatNumberTheServiceRefusesIsToldBesideIt() throws Exception {
        willThrow(new InvalidCustomerException(InvalidCustomerException.Reason.VAT_NUMBER)).given(customers)
                .add(anyLong(), any(), any());

        mvc.perform(customer())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("customer", "vatNumber",
                        "customer.refused.VAT_NUMBER"))
                .andExpect(content().string(containsString("Geen geldig btw-nummer van deze EU-lidstaat")))
                .andExpect(content().string(containsString("value=\"FR12345678901\"")));
    }

    @Test
    void someoneWhoDoesNoInvoicingWorkForTheCandidateIsRefused() throws Exception {
        given(changes.currentOf(eq(42L), eq(DossierChange.INVOICING), any()))
                .willThrow(new NotPermittedException("office", "INVOICING"));

        mvc.perform(customer().with(SignedIn.office())).andExpect(status().isForbidden());
        verify(customers, never()).add(anyLong(), any(), any());
    }
}
