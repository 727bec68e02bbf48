package be.actraject.web.training;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.training.DuplicateProviderException;
import be.actraject.domain.training.ProviderDraft;
import be.actraject.domain.training.TrainingProvider;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The coordinator's providers: a new one saved, a wrong enterprise number refused beside the field. */
@WebMvcTest(ProviderController.class)
@Import(WebSliceConfiguration.class)
class ProviderControllerTest {

    private static final String NEW = "/training/providers/new";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    TrainingProviders providers;

    @Test
    void aProviderWithAPastedEnterpriseNumberIsSaved() throws Exception {
        TrainingProvider saved = Mockito.mock(TrainingProvider.class);
        given(saved.getName()).willReturn("Syntra Midden-Vlaanderen");
        given(providers.create(any(), any())).willReturn(saved);

        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coordinator()).param("name", "Syntra Midden-Vlaanderen")
                        .param("enterpriseNumber", "BE 0566.988.259").param("email", "info@syntra.be"))
                .andExpect(redirectedUrl("/training/providers"))
                .andExpect(flashMessage("training.provider.saved", "Syntra Midden-Vlaanderen"));
        ArgumentCaptor<ProviderDraft> draft = ArgumentCaptor.forClass(ProviderDraft.class);
        verify(providers).create(draft.capture(), any());
        assertThat(draft.getValue().enterpriseNumber().digits()).isEqualTo("0566988259");
    }

    @Test
    void aWrongEnterpriseNumberIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coordinator()).param("name", "Unizo Starterscursus")
                        .param("enterpriseNumber", "0566.988.258").param("contactPerson", "Jan Peeters"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("provider", "enterpriseNumber",
                        "training.provider.enterpriseNumber.invalid"))
                .andExpect(content().string(containsString("Dit is geen geldig ondernemingsnummer")))
                .andExpect(content().string(containsString("Jan Peeters")));
        verifyNoInteractions(providers);
    }

    @Test
    void anEnterpriseNumberOfAnotherProviderIsRefusedBesideTheFieldNamingItKeepingWhatWasTyped() throws Exception {
        given(providers.create(any(), any())).willThrow(
                new DuplicateProviderException(EnterpriseNumber.parse("0566988259"), "Syntra Gent"));

        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coordinator()).param("name", "Syntra Midden-Vlaanderen")
                        .param("enterpriseNumber", "BE 0566 988 259").param("contactPerson", "Jan Peeters"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("provider", "enterpriseNumber",
                        "training.provider.duplicate"))
                .andExpect(content().string(containsString("Ondernemingsnummer 0566.988.259 hoort al bij verstrekker"
                        + " Syntra Gent")))
                .andExpect(content().string(containsString("Jan Peeters")))
                .andExpect(content().string(containsString("BE 0566 988 259")));
    }

    /** Saved by a colleague at the same moment: the unique index's refusal, beside the field, what was typed kept. */
    @Test
    void aNumberSavedMeanwhileByAColleagueIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        given(providers.create(any(), any())).willThrow(
                new DuplicateProviderException(EnterpriseNumber.parse("0566988259")));

        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coordinator()).param("name", "Syntra Midden-Vlaanderen")
                        .param("enterpriseNumber", "BE 0566 988 259").param("contactPerson", "Jan Peeters"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("provider", "enterpriseNumber",
                        "training.provider.duplicate.meanwhile"))
                .andExpect(content().string(containsString("Ondernemingsnummer 0566.988.259 werd net door een"
                        + " collega als verstrekker bewaard")))
                .andExpect(content().string(containsString("Syntra Midden-Vlaanderen")))
                .andExpect(content().string(containsString("BE 0566 988 259")));
    }

    @Test
    void aProviderWithoutANameOrWithAWrongEmailIsRefused() throws Exception {
        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coordinator()).param("name", " ")
                        .param("enterpriseNumber", "0566988259").param("email", "geen-adres"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("provider", "name", "email"));
        verifyNoInteractions(providers);
    }

    @Test
    void aCoachMayNotKeepTheProviders() throws Exception {
        mvc.perform(post(NEW).with(csrf()).with(SignedIn.coach()).param("name", "Syntra")
                        .param("enterpriseNumber", "0566988259"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(providers);
    }
}
