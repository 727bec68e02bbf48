package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.agenda.AgendaOverview;
import be.actraject.domain.agenda.ReminderPage;
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
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A busy day's aftercare follow-ups: the week and the month name up to {@value AgendaDay#NAMED} of a day and
 * count a busier day's, linked to the day's list, which shows them all a page at a time (issue 19). Appointments are
 * never counted away. The slices' clock says Friday 20 November 2026.
 */
class AgendaFollowUpsTest extends AgendaSlice {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);

    @BeforeEach
    void followUpsAfterThreeMonths() {
        given(parameters.getAftercareFollowUps()).willReturn(List.of(Period.ofMonths(3)));
    }

    @Test
    void aBusyDayCountsItsFollowUpsAQuietDayNamesThemAndEveryAppointmentIsShown() throws Exception {
        List<AgendaItem> week = new ArrayList<>(followUps(WEDNESDAY, 5));
        week.add(AgendaItems.conversation(5, Instant.parse("2026-11-18T09:00:00Z"), "Kantoor"));
        week.addAll(followUps(WEDNESDAY.plusDays(1), 3));
        given(agenda.between(any(), eq(LocalDate.of(2026, 11, 16)), eq(LocalDate.of(2026, 11, 23)), any()))
                .willReturn(week);

        String page = mvc.perform(get("/agenda").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gesprek met Lotte Claes")))
                .andExpect(content().string(containsString(">5 opvolgingen nazorg<")))
                .andExpect(content().string(containsString("href=\"/agenda/reminders?date=2026-11-18&amp;kind=AFTERCARE_FOLLOW_UP\"")))
                .andExpect(content().string(not(containsString("date=2026-11-19&amp;kind"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(count(page, "data-kind=\"AFTERCARE_FOLLOW_UP\"")).as("Thursday's three, by name").isEqualTo(3);
        assertThat(count(page, "data-testid=\"agenda-counted\"")).isEqualTo(1);
        assertThat(page).doesNotContain("Persoon 4:", "Persoon 5:");
    }

    @Test
    void aDayWithOnlyCountedFollowUpsIsNotEmpty() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(followUps(WEDNESDAY, 4));

        String page = mvc.perform(get("/agenda").with(SignedIn.coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.substring(page.indexOf("data-day=\"2026-11-18\""), page.indexOf("data-day=\"2026-11-19\"")))
                .contains(">4 opvolgingen nazorg<").doesNotContain("Niets gepland");
    }

    @Test
    void aBusyDaysNextConversationsAreCountedAndListedByTheirOwnKind() throws Exception {
        List<AgendaItem> week = new ArrayList<>(followUps(WEDNESDAY, 2));
        IntStream.rangeClosed(1, 60).forEach(i -> week.add(AgendaItems.nextConversation(i, WEDNESDAY, "Gesprek " + i)));
        given(agenda.between(any(), any(), any(), any())).willReturn(week);

        String page = mvc.perform(get("/agenda").with(SignedIn.coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">60 volgende gesprekken<",
                        "href=\"/agenda/reminders?date=2026-11-18&amp;kind=NEXT_CONVERSATION\"", "Persoon 1:", "Persoon 2:")
                .doesNotContain("Gesprek 1 ");
        assertThat(count(page, "data-kind=\"NEXT_CONVERSATION\"")).as("none named").isZero();
        assertThat(count(page, "data-counted-kind=\"NEXT_CONVERSATION\"")).isEqualTo(1);

        List<AgendaItem> next = week.stream().filter(i -> i.kind() == AgendaItem.Kind.NEXT_CONVERSATION).toList();
        given(agenda.nextConversationsOn(any(), eq(WEDNESDAY), eq(0), eq(50)))
                .willReturn(new ReminderPage(next.subList(0, 50), 60, 0, 50));
        String list = mvc.perform(get("/agenda/reminders").param("date", "2026-11-18")
                        .param("kind", "NEXT_CONVERSATION").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Volgende gesprekken op woensdag 18 november 2026")))
                .andExpect(content().string(containsString("Pagina 1 van 2 (60 gesprekken)")))
                .andExpect(content().string(containsString("kind=NEXT_CONVERSATION&amp;page=1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(list, "data-kind=\"NEXT_CONVERSATION\"")).isEqualTo(50);
        assertThat(list).doesNotContain("Persoon 1:");
    }

    /**
     * An address typed or cut by hand — no day or kind the agenda knows — shows today, or the follow-ups, and says so
     * above the list: an empty list is not read as that day's. The slice's today is Friday 20 November 2026.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-02-29", "2026-13-01", "17-12-2026", "abc",
            "2100-01-01", "<b>x</b>"})
    void aDayOrKindTheAgendaDoesNotKnowIsSaidAboveWhatIsShownInstead(String date) throws Exception {
        given(agenda.nextConversationsOn(any(), any(), anyInt(), anyInt()))
                .willReturn(new ReminderPage(List.of(), 0, 0, 50));
        mvc.perform(get("/agenda/reminders").param("date", date).param("kind", "NEXT_CONVERSATION")
                        .with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Volgende gesprekken op vrijdag 20 november 2026")))
                .andExpect(content().string(containsString("„" + org.springframework.web.util.HtmlUtils.htmlEscape(date)
                        + "” is geen dag die de agenda kan tonen")))
                .andExpect(content().string(not(containsString("data-testid=\"kind-refused\""))));
        mvc.perform(get("/agenda").param("date", date).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"date-refused\"")));
        mvc.perform(get("/agenda/reminders").param("date", "2028-02-29").param("kind", "FOO").param("lang", "en")
                        .with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("29 February 2028")))
                .andExpect(content().string(not(containsString("data-testid=\"date-refused\""))))
                .andExpect(content().string(containsString("The address names no kind of reminder the agenda knows")));
        mvc.perform(get("/agenda/reminders").param("date", "2026-11-18").with(SignedIn.coach()))
                .andExpect(content().string(containsString("data-testid=\"kind-refused\"")));
        // The language links keep the day and the kind, and change only the language.
        mvc.perform(get("/agenda/reminders?date=2028-02-29&kind=NEXT_CONVERSATION&lang=en").with(SignedIn.coach()))
                .andExpect(content().string(containsString(
                        "href=\"/agenda/reminders?date=2028-02-29&amp;kind=NEXT_CONVERSATION&amp;lang=nl\"")))
                .andExpect(content().string(containsString(
                        "href=\"/agenda/reminders?date=2028-02-29&amp;kind=NEXT_CONVERSATION&amp;lang=en\"")));
    }

    @Test
    void keptCountsSayFromWhenTheyAreAndCountsMadeForThePageSayNothing() throws Exception {
        // Stubbed without calling: the slice's own answer for overview would ask between, which this test leaves.
        willReturn(new AgendaOverview(List.of(), java.util.Map.of(WEDNESDAY, java.util.Map.of(
                AgendaItem.Kind.NEXT_CONVERSATION, 1200)), Instant.parse("2026-11-20T09:05:00Z")))
                .given(agenda).overview(any(), any(), any(), any(), anyInt());

        mvc.perform(get("/agenda").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">aantallen van 10:05<")))
                .andExpect(content().string(containsString(">1.200 volgende gesprekken<")));

        willReturn(new AgendaOverview(List.of(), java.util.Map.of())).given(agenda)
                .overview(any(), any(), any(), any(), anyInt());
        mvc.perform(get("/agenda").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("agenda-counted-at"))));
    }

    @Test
    void aBusyDaysLimitsAreCountedAndListedAPageAtATime() throws Exception {
        List<AgendaItem> limits = IntStream.rangeClosed(1, 5).mapToObj(i -> AgendaItems.limit(i, WEDNESDAY)).toList();
        given(agenda.between(any(), any(), any(), any())).willReturn(limits);
        given(agenda.limitsOn(any(), eq(AgendaItem.Kind.PRE_INVOICING_LIMIT), eq(WEDNESDAY), eq(0), eq(50)))
                .willReturn(new ReminderPage(limits, 5, 0, 50));

        mvc.perform(get("/agenda").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">5 laatste dagen van fasen 1–3<")))
                .andExpect(content().string(containsString("date=2026-11-18&amp;kind=PRE_INVOICING_LIMIT")));
        mvc.perform(get("/agenda/reminders").param("date", "2026-11-18").param("kind", "PRE_INVOICING_LIMIT")
                        .with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Laatste dag van fasen 1–3 op woensdag 18 november 2026")))
                .andExpect(content().string(not(containsString("Pagina 1 van"))));
    }

    @Test
    void theMonthCountsThemInEnglishToo() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(followUps(WEDNESDAY, 4));

        mvc.perform(get("/agenda").param("view", "month").param("lang", "en").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">4 aftercare follow-ups<")));
    }

    @Test
    void theDaysListShowsThemAllFiftyAPageAndAPageBeyondTheLastShowsTheLast() throws Exception {
        given(agenda.between(any(), eq(WEDNESDAY), eq(WEDNESDAY.plusDays(1)), any()))
                .willReturn(withAnAppointment(followUps(WEDNESDAY, 120)));

        String first = mvc.perform(get("/agenda/reminders").param("date", "2026-11-18")
                        .param("kind", "AFTERCARE_FOLLOW_UP").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opvolgingen nazorg op woensdag 18 november 2026")))
                .andExpect(content().string(containsString("Pagina 1 van 3 (120 opvolgingen)")))
                .andExpect(content().string(containsString("href=\"/candidates/101\"")))
                .andExpect(content().string(containsString("href=\"/agenda?view=week&amp;date=2026-11-18\"")))
                .andExpect(content().string(not(containsString("Gesprek met"))))
                .andExpect(content().string(not(containsString("data-testid=\"kind-refused\""))))
                .andExpect(content().string(not(containsString("data-testid=\"date-refused\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(first, "data-kind=\"AFTERCARE_FOLLOW_UP\"")).isEqualTo(50);

        String beyond = mvc.perform(get("/agenda/reminders").param("date", "2026-11-18").param("page", "99")
                        .with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pagina 3 van 3 (120 opvolgingen)")))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(beyond, "data-kind=\"AFTERCARE_FOLLOW_UP\"")).isEqualTo(20);
        assertThat(beyond).contains("Persoon 120:").doesNotContain("Persoon 100:");
        // A number past any int is past the end too, not a mistyped one.
        mvc.perform(get("/agenda/reminders").param("date", "2026-11-18").param("page", "99999999999")
                        .with(SignedIn.coach()))
                .andExpect(content().string(containsString("Pagina 3 van 3 (120 opvolgingen)")));
    }

    @Test
    void aMistypedPageOrDayShowsTheFirstPageOfToday() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(List.of());

        mvc.perform(get("/agenda/reminders").param("date", "31/02/2027").param("page", "-1'; drop")
                        .with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vrijdag 20 november 2026")))
                .andExpect(content().string(containsString("Geen opvolgingen nazorg op deze dag.")));
    }

    @Test
    void theDaysListNeedsASignIn() throws Exception {
        mvc.perform(get("/agenda/reminders")).andExpect(redirectedUrlPattern("**/login"));
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
