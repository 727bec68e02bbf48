package be.actraject.web.training;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.training.ModuleChangeException;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.DuplicateMomentException;
import be.actraject.domain.training.MomentTimesException;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.training.TrainingMoment;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingProvider;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

/** The coordinator's modules: the cost typed in the user's notation, bad input kept, a moment's hours checked. */
@WebMvcTest(ModuleController.class)
@Import(WebSliceConfiguration.class)
class ModuleControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    TrainingModules modules;
    @MockitoBean
    TrainingProviders providers;

    private TrainingModule module;

    @BeforeEach
    void syntraOffersBookkeeping() {
        TrainingProvider syntra = Mockito.mock(TrainingProvider.class);
        given(syntra.getId()).willReturn(3L);
        given(syntra.getName()).willReturn("Syntra");
        given(providers.all()).willReturn(List.of(syntra));
        module = Mockito.mock(TrainingModule.class);
        given(module.getId()).willReturn(9L);
        given(module.getTitle()).willReturn("Boekhouden voor starters");
        given(module.getProvider()).willReturn(syntra);
        given(module.getCost()).willReturn(new BigDecimal("145.00"));
        given(module.getPayer()).willReturn(Payer.COOPERATIVE);
        given(module.getCompetencies()).willReturn(Set.of());
        given(module.getMoments()).willReturn(List.of());
        given(modules.get(9L)).willReturn(module);
    }

    @Test
    void aModuleIsSavedWithItsCostInTheUsersNotation() throws Exception {
        given(modules.create(any(), any())).willReturn(module);

        mvc.perform(post("/training/modules/new").with(csrf()).with(SignedIn.coordinator())
                        .param("title", "Boekhouden voor starters").param("providerId", "3")
                        .param("competencies", "SENSE_OF_PROFITABILITY").param("cost", "1.234,50")
                        .param("payer", "VDAB").param("seats", "12"))
                .andExpect(redirectedUrl("/training/modules/9/edit"));
        ArgumentCaptor<ModuleDraft> draft = ArgumentCaptor.forClass(ModuleDraft.class);
        verify(modules).create(draft.capture(), any());
        assertThat(draft.getValue().cost()).isEqualByComparingTo("1234.50");
        assertThat(draft.getValue().competencies()).containsExactly(Competency.SENSE_OF_PROFITABILITY);
        assertThat(draft.getValue().seats()).isEqualTo(12);
    }

    @Test
    void aNegativeCostOrNoSeatsAreRefusedKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/training/modules/new").with(csrf()).with(SignedIn.coordinator())
                        .param("title", "Verkopen op markten").param("providerId", "3").param("cost", "-5")
                        .param("payer", "CANDIDATE").param("seats", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("module", "cost", "seats"))
                .andExpect(content().string(containsString("Verkopen op markten")));
        verify(modules, never()).create(any(), any());
    }

    /** "Te klein" left the coordinator guessing: the message says the rule, in Dutch and in English. */
    @Test
    void aNegativeCostAndTooFewOrManySeatsAreToldTheRuleInBothLanguages() throws Exception {
        mvc.perform(post("/training/modules/new").with(csrf()).with(SignedIn.coordinator())
                        .param("title", "Verkopen op markten").param("providerId", "3").param("cost", "-5")
                        .param("payer", "CANDIDATE").param("seats", "0"))
                .andExpect(content().string(containsString("De kostprijs kan niet negatief zijn; geef 0 voor een gratis module.")))
                .andExpect(content().string(containsString("Geef minstens 1 plaats, of laat het veld leeg voor onbeperkt.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("te klein"))));
        mvc.perform(post("/training/modules/new").with(csrf()).with(SignedIn.coordinator())
                        .cookie(new Cookie("actraject-lang", "en"))
                        .param("title", "Verkopen op markten").param("providerId", "3").param("cost", "-5")
                        .param("payer", "CANDIDATE").param("seats", "10001"))
                .andExpect(content().string(containsString("The cost cannot be negative; enter 0 for a free module.")))
                .andExpect(content().string(containsString("Enter at most 10,000 seats.")));
    }

    @Test
    void aCostTooBigIsRefusedAsTooBigNotForItsDecimals() throws Exception {
        mvc.perform(post("/training/modules/new").with(csrf()).with(SignedIn.coordinator())
                        .param("title", "Verkopen op markten").param("providerId", "3")
                        .param("cost", "99999999999999999999").param("payer", "CANDIDATE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("module", "cost", "DecimalMax"))
                .andExpect(content().string(containsString("Dit bedrag is te groot: hoogstens 99.999.999,99.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("na de komma"))));
        verify(modules, never()).create(any(), any());
    }

    @Test
    void fewerSeatsThanEnrolledAreRefusedBesideTheSeatsKeepingWhatWasTyped() throws Exception {
        given(modules.change(anyLong(), any(), any())).willThrow(new ModuleChangeException(
                ModuleChangeException.Conflict.SEATS_BELOW_ENROLLED, "Boekhouden voor starters", 2));

        mvc.perform(post("/training/modules/9/edit").with(csrf()).with(SignedIn.coordinator())
                        .param("title", "Boekhouden voor starters").param("providerId", "3").param("cost", "145,00")
                        .param("payer", "COOPERATIVE").param("seats", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("module", "seats",
                        "training.refused.change.SEATS_BELOW_ENROLLED"))
                .andExpect(content().string(containsString("Er zijn al 2 kandidaten ingeschreven voor één moment van Boekhouden voor starters")));
    }

    /** A module on demand has no moments: the sentence says the seats of the module, not of one moment. */
    @Test
    void fewerSeatsThanEnrolledOnAModuleOnDemandNameNoMoment() throws Exception {
        given(modules.change(anyLong(), any(), any())).willThrow(new ModuleChangeException(
                ModuleChangeException.Conflict.SEATS_BELOW_ENROLLED, "Boekhouden voor starters", 2, true));

        mvc.perform(post("/training/modules/9/edit").with(csrf()).with(SignedIn.coordinator())
                        .param("title", "Boekhouden voor starters").param("providerId", "3").param("cost", "145,00")
                        .param("payer", "COOPERATIVE").param("onDemand", "true").param("seats", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("module", "seats",
                        "training.refused.change.SEATS_BELOW_ENROLLED.onDemand"))
                .andExpect(content().string(containsString(
                        "Er zijn al 2 kandidaten ingeschreven voor Boekhouden voor starters: geef minstens")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("één moment"))));
    }

    @Test
    void aModuleOnDemandWithEnrolmentsIsNotMadeDatedAndTheFormKeepsWhatWasTyped() throws Exception {
        given(modules.change(anyLong(), any(), any())).willThrow(new ModuleChangeException(
                ModuleChangeException.Conflict.DATED_WITH_ENROLMENTS, "Boekhouden voor starters", 1));

        mvc.perform(post("/training/modules/9/edit").with(csrf()).with(SignedIn.coordinator())
                        .param("title", "Boekhouden voor starters").param("providerId", "3").param("cost", "145,00")
                        .param("payer", "COOPERATIVE").param("place", "Lokaal Aalst").param("seats", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Boekhouden voor starters heeft nog 1 inschrijving op aanvraag, zonder moment")))
                .andExpect(content().string(containsString("Lokaal Aalst")));
    }

    @Test
    void aCostChangeWhileAnApprovalIsPendingIsRefusedAboveTheForm() throws Exception {
        given(modules.change(anyLong(), any(), any())).willThrow(new ModuleChangeException(
                ModuleChangeException.Conflict.APPROVAL_PENDING, "Boekhouden voor starters", 1));

        mvc.perform(post("/training/modules/9/edit").with(csrf()).with(SignedIn.coordinator())
                        .param("title", "Boekhouden voor starters").param("providerId", "3").param("cost", "0")
                        .param("payer", "COOPERATIVE").param("seats", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wacht een inschrijving nog op goedkeuring")));
    }

    @Test
    void aCostThatIsNoNumberIsRefusedInTheUsersLanguage() throws Exception {
        mvc.perform(post("/training/modules/new").with(csrf()).with(SignedIn.coordinator())
                        .param("title", "Verkopen op markten").param("providerId", "3").param("cost", "twaalf")
                        .param("payer", "CANDIDATE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("module", "cost"))
                .andExpect(content().string(containsString("twaalf")));
        verify(modules, never()).create(any(), any());
    }

    @Test
    void aMomentThatEndsBeforeItStartsIsRefusedBesideItsEnd() throws Exception {
        given(modules.addMoment(anyLong(), any(), any(), any(), any())).willThrow(new MomentTimesException());

        mvc.perform(post("/training/modules/9/moments").with(csrf()).with(SignedIn.coordinator())
                        .param("day", "2026-12-15").param("start", "13:00").param("end", "12:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("moment", "end", "training.refused.times"))
                .andExpect(content().string(containsString("value=\"2026-12-15\"")));
    }

    /** Issue 17: the same moment twice (or a colleague's at the same time) is refused beside its start. */
    @Test
    void aMomentTheModuleHasAlreadyIsRefusedBesideItsStartKeepingWhatWasTyped() throws Exception {
        given(modules.addMoment(anyLong(), any(), any(), any(), any())).willThrow(
                new DuplicateMomentException(LocalDate.of(2026, 12, 15), LocalTime.of(9, 0)));

        mvc.perform(post("/training/modules/9/moments").with(csrf()).with(SignedIn.coordinator())
                        .param("day", "2026-12-15").param("start", "09:00").param("end", "12:30"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("moment", "start", "training.moment.duplicate"))
                .andExpect(content().string(containsString("heeft al een moment")))
                .andExpect(content().string(containsString("value=\"12:30\"")));
    }

    @Test
    void aMomentIsAddedToTheModule() throws Exception {
        mvc.perform(post("/training/modules/9/moments").with(csrf()).with(SignedIn.coordinator())
                        .param("day", "2026-12-15").param("start", "09:00").param("end", "12:30"))
                .andExpect(redirectedUrl("/training/modules/9/edit"));
        verify(modules).addMoment(eq(9L), eq(LocalDate.of(2026, 12, 15)), eq(LocalTime.of(9, 0)),
                eq(LocalTime.of(12, 30)), any());
    }

    @Test
    void aMomentInTheHourSkippedBySummerTimeIsRefusedNotMoved() throws Exception {
        mvc.perform(post("/training/modules/9/moments").with(csrf()).with(SignedIn.coordinator())
                        .param("day", "2027-03-28").param("start", "02:30").param("end", "03:30"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("moment", "start", "wallClock.nonexistent"))
                .andExpect(content().string(containsString("value=\"02:30\"")));
        verify(modules, never()).addMoment(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aMomentThatIsAlreadyOverTodayIsRefused() throws Exception {
        // NOW is 20/11/2026 10:30 in Brussels: 06:00-07:00 that day is over, though the day is not.
        mvc.perform(post("/training/modules/9/moments").with(csrf()).with(SignedIn.coordinator())
                        .param("day", "2026-11-20").param("start", "06:00").param("end", "07:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("moment", "day", "training.moment.over"))
                .andExpect(content().string(containsString("Dit moment is al voorbij")));
        verify(modules, never()).addMoment(anyLong(), any(), any(), any(), any());
    }

    /** 02:30 happens twice that night: the zone says it is the first, summer-time one, as the moment is taken. */
    @Test
    void aMomentInTheAutumnNightsRepeatedHourShowsItsZoneAndAnOrdinaryOneDoesNot() throws Exception {
        TrainingMoment night = moment(1L, LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), LocalTime.of(2, 50));
        TrainingMoment morning = moment(2L, LocalDate.of(2026, 10, 26), LocalTime.of(9, 0), LocalTime.of(12, 0));
        given(module.getMoments()).willReturn(List.of(night, morning));

        mvc.perform(get("/training/modules/9/edit").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("25/10/2026, 02:30 CEST–02:50 CEST")))
                .andExpect(content().string(containsString("26/10/2026, 09:00–12:00")));
    }

    private static TrainingMoment moment(long id, LocalDate day, LocalTime start, LocalTime end) {
        TrainingMoment moment = Mockito.mock(TrainingMoment.class);
        given(moment.getId()).willReturn(id);
        given(moment.getHeldOn()).willReturn(day);
        given(moment.getStartTime()).willReturn(start);
        given(moment.getEndTime()).willReturn(end);
        return moment;
    }
}
