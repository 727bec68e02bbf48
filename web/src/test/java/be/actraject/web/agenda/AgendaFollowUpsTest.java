package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;
import be.actraject.web.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A busy day's aftercare follow-ups: the week and the month name the first {@value AgendaDay#FOLLOW_UPS_SHOWN} and
 * count the rest, linked to the day's list, which shows them all a page at a time (issue 19). Appointments are never
 * counted away. The slices' clock says Friday 20 November 2026.
 */
class AgendaFollowUpsTest extends AgendaSlice {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);

    @BeforeEach
    void followUpsAfterThreeMonths() {
        given(parameters.getAftercareFollowUps()).willReturn(List.of(Period.ofMonths(3)));
    }

    @Test
    void aBusyDayNamesThreeFollowUpsCountsTheRestAndKeepsEveryAppointment() throws Exception {
        List<AgendaItem> week = new ArrayList<>(followUps(WEDNESDAY, 5));
        week.add(AgendaItems.conversation(5, Instant.parse("2026-11-18T09:00:00Z"), "Kantoor"));
        week.addAll(followUps(WEDNESDAY.plusDays(1), 3));
        given(agenda.between(any(), eq(LocalDate.of(2026, 11, 16)), eq(LocalDate.of(2026, 11, 23)), any()))
                .willReturn(week);

        String page = mvc.perform(get("/agenda").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gesprek met Lotte Claes")))
                .andExpect(content().string(containsString("en 2 andere opvolgingen nazorg")))
                .andExpect(content().string(containsString("href=\"/agenda/follow-ups?date=2026-11-18\"")))
                .andExpect(content().string(not(containsString("date=2026-11-19\">en"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Persoon 1:", "Persoon 2:", "Persoon 3:").doesNotContain("Persoon 4:", "Persoon 5:");
        assertThat(count(page, "data-kind=\"AFTERCARE_FOLLOW_UP\"")).isEqualTo(6);
        assertThat(count(page, "data-testid=\"agenda-more-follow-ups\"")).isEqualTo(1);
    }

    @Test
    void theMonthCountsTheRestInEnglishToo() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(followUps(WEDNESDAY, 4));

        mvc.perform(get("/agenda").param("view", "month").param("lang", "en").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("and 1 more aftercare follow-up<")));
    }

    @Test
    void theDaysListShowsThemAllFiftyAPageAndAPageBeyondTheLastShowsTheLast() throws Exception {
        given(agenda.between(any(), eq(WEDNESDAY), eq(WEDNESDAY.plusDays(1)), any()))
                .willReturn(withAnAppointment(followUps(WEDNESDAY, 120)));

        String first = mvc.perform(get("/agenda/follow-ups").param("date", "2026-11-18").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opvolgingen nazorg op Woensdag 18 november 2026")))
                .andExpect(content().string(containsString("Pagina 1 van 3 (120 opvolgingen)")))
                .andExpect(content().string(containsString("href=\"/candidates/101\"")))
                .andExpect(content().string(containsString("href=\"/agenda?view=week&amp;date=2026-11-18\"")))
                .andExpect(content().string(not(containsString("Gesprek met"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(first, "data-kind=\"AFTERCARE_FOLLOW_UP\"")).isEqualTo(50);

        String beyond = mvc.perform(get("/agenda/follow-ups").param("date", "2026-11-18").param("page", "99")
                        .with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pagina 3 van 3 (120 opvolgingen)")))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(beyond, "data-kind=\"AFTERCARE_FOLLOW_UP\"")).isEqualTo(20);
        assertThat(beyond).contains("Persoon 120:").doesNotContain("Persoon 100:");
    }

    @Test
    void aMistypedPageOrDayShowsTheFirstPageOfToday() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(List.of());

        mvc.perform(get("/agenda/follow-ups").param("date", "31/02/2027").param("page", "-1'; drop")
                        .with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vrijdag 20 november 2026")))
                .andExpect(content().string(containsString("Geen opvolgingen nazorg op deze dag.")));
    }

    @Test
    void theDaysListNeedsASignIn() throws Exception {
        mvc.perform(get("/agenda/follow-ups")).andExpect(redirectedUrlPattern("**/login"));
    }

    private static List<AgendaItem> followUps(LocalDate day, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> AgendaItems.followUp(i, day, "Persoon " + i, "P3M"))
                .toList();
    }

    private static List<AgendaItem> withAnAppointment(List<AgendaItem> followUps) {
        List<AgendaItem> day = new ArrayList<>(followUps);
        day.add(AgendaItems.conversation(5, Instant.parse("2026-11-18T09:00:00Z"), "Kantoor"));
        return day;
    }

    private static int count(String page, String part) {
        return page.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
