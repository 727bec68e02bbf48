package be.actraject.web.customer;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.CustomerLanguage;
import be.actraject.domain.customer.CustomerNotFoundException;
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

import java.util.Optional;

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

/** Issue 18, F1: a customer once recorded could not be corrected. */
@WebMvcTest(CustomerEditController.class)
@Import(WebSliceConfiguration.class)
class CustomerEditControllerTest {

    private static final String URL = "/candidates/42/customers/5/edit";

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
    void aCandidateWhoseInvoicingTheCoachDoesWithARecordedCustomer() {
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.getId()).willReturn(42L);
        given(candidate.fullName()).willReturn("Lotte Peeters");
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getId()).willReturn(7L);
        given(trajectory.getCandidate()).willReturn(candidate);
        given(changes.currentOf(eq(42L), eq(DossierChange.INVOICING), any())).willReturn(trajectory);
        Customer recorded = Mockito.mock(Customer.class);
        given(recorded.getId()).willReturn(5L);
        given(recorded.getTrajectoryId()).willReturn(7L);
        given(recorded.getKind()).willReturn(CustomerKind.FOREIGN_BUSINESS);
        given(recorded.getName()).willReturn("Boulangerie Dupont");
        given(recorded.getStreet()).willReturn("Rue Haute 1");
        given(recorded.getPostalCode()).willReturn("75001");
        given(recorded.getCity()).willReturn("Paris");
        given(recorded.getCountryCode()).willReturn("FR");
        given(recorded.getVatNumber()).willReturn("FR12345678901");
        given(recorded.getEmail()).willReturn("compta@dupont.example");
        given(recorded.isVatRegistered()).willReturn(true);
        given(recorded.getLanguage()).willReturn(CustomerLanguage.FR);
        given(customers.byId(5L)).willReturn(Optional.of(recorded));
    }

    private static MockHttpServletRequestBuilder corrected() {
        return post(URL).with(csrf()).with(SignedIn.coach())
                .param("kind", "FOREIGN_BUSINESS").param("name", " Boulangerie Dupont sarl ")
                .param("street", "Rue Haute 7").param("postalCode", "75001").param("city", "Paris")
                .param("countryCode", "fr").param("vatNumber", "FR12345678901").param("language", "FR");
    }

    @Test
    void theFormShowsTheCustomerAsRecorded() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("customer/edit"))
                .andExpect(content().string(containsString("Klant wijzigen")))
                .andExpect(content().string(containsString("value=\"Rue Haute 1\"")))
                .andExpect(content().string(containsString("value=\"FR12345678901\"")))
                .andExpect(content().string(containsString("value=\"compta@dupont.example\"")))
                .andExpect(content().string(containsString("<option value=\"FR\" selected=\"selected\">Frans")))
                .andExpect(content().string(containsString("action=\"/candidates/42/customers/5/edit\"")));
    }

    @Test
    void aCorrectionReachesTheServiceForThatCustomerOfThatTrajectory() throws Exception {
        mvc.perform(corrected())
                .andExpect(redirectedUrl("/candidates/42#customers"))
                .andExpect(flashMessage("customer.changed", "Boulangerie Dupont sarl"));

        ArgumentCaptor<CustomerDetails> details = ArgumentCaptor.forClass(CustomerDetails.class);
        verify(customers).change(eq(7L), eq(5L), details.capture(), any());
        assertThat(details.getValue().street()).isEqualTo("Rue Haute 7");
        assertThat(details.getValue().countryCode()).isEqualTo("FR");
    }

    @Test
    void aCorrectionWithoutAddressOrWithANonAsciiAddressComesBackAsTyped() throws Exception {
        mvc.perform(corrected().with(typed("street", "")).param("email", "çağrı@örnek.test"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("customer", "street", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("customer", "email", "Pattern"))
                .andExpect(content().string(containsString("Dit e-mailadres kan niet gemaild worden")))
                .andExpect(content().string(containsString("Boulangerie Dupont sarl")));
        verify(customers, never()).change(anyLong(), anyLong(), any(), any());
    }

    @Test
    void aVatNumberTheServiceRefusesIsToldBesideItWithTheCorrectionKept() throws Exception {
        willThrow(new InvalidCustomerException(InvalidCustomerException.Reason.VAT_NUMBER)).given(customers)
                .change(anyLong(), anyLong(), any(), any());

        mvc.perform(corrected())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("customer", "vatNumber",
                        "customer.refused.VAT_NUMBER"))
                .andExpect(content().string(containsString("value=\"Rue Haute 7\"")));
    }

    @Test
    void anotherTrajectorysCustomerIsNotFound() throws Exception {
        given(customers.byId(6L)).willReturn(Optional.empty());
        willThrow(new CustomerNotFoundException(6L)).given(customers).change(anyLong(), eq(6L), any(), any());

        mvc.perform(get("/candidates/42/customers/6/edit").with(SignedIn.coach())).andExpect(status().isNotFound());
        mvc.perform(post("/candidates/42/customers/6/edit").with(csrf()).with(SignedIn.coach())
                .param("kind", "CONSUMER").param("name", "X").param("street", "Markt 1").param("postalCode", "2800")
                .param("city", "Mechelen").param("countryCode", "BE")).andExpect(status().isNotFound());
    }

    @Test
    void someoneWhoDoesNoInvoicingWorkForTheCandidateIsRefused() throws Exception {
        given(changes.currentOf(eq(42L), eq(DossierChange.INVOICING), any()))
                .willThrow(new NotPermittedException("office", "INVOICING"));

        mvc.perform(get(URL).with(SignedIn.office())).andExpect(status().isForbidden());
        mvc.perform(corrected().with(SignedIn.office())).andExpect(status().isForbidden());
        verify(customers, never()).change(anyLong(), anyLong(), any(), any());
    }
}
