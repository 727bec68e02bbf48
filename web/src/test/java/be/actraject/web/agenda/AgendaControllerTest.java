package be.actraject.web.agenda;

import be.actraject.domain.group.LearningGroup;
import be.actraject.web.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda page on the slices' fixed clock (Friday 20 November 2026): the ISO week from Monday by default, a month
 * in whole weeks, previous and next that never skip a month, weekdays in the user's language, summer time.
 */
class AgendaControllerTest extends AgendaSlice {

    @BeforeEach
    void aGroupLedByTheCoach() {
        LearningGroup led = Mockito.mock(LearningGroup.class);
        given(led.getId()).willReturn(12L);
        given(led.getCoach()).willReturn("coach");
        given(groups.all()).willReturn(List.of(led));
        given(parameters.getAftercareFollowUps()).willReturn(List.of(Period.ofMonths(3)));
    }

    @Test
    void theWeekFromMondayIsTheDefaultWithItsEntriesLinked() throws Exception {
        given(agenda.between(any(), eq(LocalDate.of(2026, 11, 16)), eq(LocalDate.of(2026, 11, 23)), any()))
                .willReturn(List.of(AgendaItems.conversation(5, Instant.parse("2026-11-18T09:00:00Z"), "Kantoor"),
                        AgendaItems.limit(3, LocalDate.of(2026, 11, 19)),
                        AgendaItems.session(9, Instant.parse("2026-11-20T13:00:00Z"), 12)));

        mvc.perform(get("/agenda").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Week 47")))
                .andExpect(content().string(containsString("Maandag 16 november")))
                .andExpect(content().string(containsString("Zondag 22 november")))
                .andExpect(content().string(containsString("10:00–11:00")))
                .andExpect(content().string(containsString("Gesprek met Lotte Claes (Telefonisch)")))
                .andExpect(content().string(containsString("href=\"/candidates/7\"")))
                .andExpect(content().string(containsString("href=\"/planned-conversations/5/edit\"")))
                .andExpect(content().string(containsString("Laatste dag van fasen 1–3: Ahmed Benali")))
                .andExpect(content().string(containsString("href=\"/groups/12\"")))
                .andExpect(content().string(containsString("14:00–16:00")));
        verify(agenda).between(any(), eq(LocalDate.of(2026, 11, 16)), eq(LocalDate.of(2026, 11, 23)),
                eq(List.of(Period.ofMonths(3))));
    }

    @Test
    void englishNamesTheDaysInEnglish() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(List.of());

        mvc.perform(get("/agenda").param("lang", "en").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Monday 16 November")))
                .andExpect(content().string(containsString("Nothing planned.")))
                .andExpect(content().string(not(containsString("Maandag"))));
    }

    @Test
    void aMonthOfThirtyOneDaysIsShownInWholeWeeksAndItsNeighboursFromTheirFirst() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(List.of());

        mvc.perform(get("/agenda").param("view", "month").param("date", "2027-01-31").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Januari 2027")))
                .andExpect(content().string(containsString("data-day=\"2027-01-31\"")))
                .andExpect(content().string(containsString("view=month&amp;date=2027-02-01")))
                .andExpect(content().string(containsString("view=month&amp;date=2026-12-01")));
        verify(agenda).between(any(), eq(LocalDate.of(2026, 12, 28)), eq(LocalDate.of(2027, 2, 1)), any());
    }

    @Test
    void theWeekOfSummerTimeShowsTheTimesOfBrussels() throws Exception {
        given(agenda.between(any(), eq(LocalDate.of(2027, 3, 22)), eq(LocalDate.of(2027, 3, 29)), any()))
                .willReturn(List.of(AgendaItems.conversation(6, Instant.parse("2027-03-27T09:00:00Z"), null),
                        AgendaItems.conversation(7, Instant.parse("2027-03-28T21:30:00Z"), null)));

        mvc.perform(get("/agenda").param("date", "2027-03-28").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Week 12")))
                .andExpect(content().string(containsString("10:00–11:00")))
                .andExpect(content().string(containsString("23:30–00:30")));
    }

    /** From the first 02:30 to the second one: the zone tells them apart, where 02:30–02:30 told nothing. */
    @Test
    void theAutumnNightsRepeatedHourShowsWithItsZone() throws Exception {
        given(agenda.between(any(), eq(LocalDate.of(2026, 10, 19)), eq(LocalDate.of(2026, 10, 26)), any()))
                .willReturn(List.of(AgendaItems.conversation(6, Instant.parse("2026-10-25T00:30:00Z"), null)));

        mvc.perform(get("/agenda").param("date", "2026-10-25").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("02:30 CEST–02:30 CET")));
    }

    @Test
    void week53ShowsItsDaysAcrossNewYear() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(List.of());

        mvc.perform(get("/agenda").param("date", "2027-01-03").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Week 53")))
                .andExpect(content().string(containsString("data-day=\"2026-12-28\"")))
                .andExpect(content().string(containsString("data-day=\"2027-01-03\"")))
                .andExpect(content().string(containsString("date=2027-01-10")));
        verify(agenda).between(any(), eq(LocalDate.of(2026, 12, 28)), eq(LocalDate.of(2027, 1, 4)), any());
    }

    @Test
    void aMistypedDayShowsThisWeek() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(List.of());

        mvc.perform(get("/agenda").param("date", "31/02/2027").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Week 47")));
        mvc.perform(get("/agenda").param("date", "+999999999-12-31").with(SignedIn.coach()))
                .andExpect(status().isOk());
    }

    @Test
    void theAgendaNeedsASignIn() throws Exception {
        mvc.perform(get("/agenda")).andExpect(redirectedUrlPattern("**/login"));
    }
}
