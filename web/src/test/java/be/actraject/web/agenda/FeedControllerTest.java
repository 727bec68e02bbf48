package be.actraject.web.agenda;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.agenda.CalendarFeeds;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar feed answers a calendar application without a sign-in, with a current token only, and the library
 * reads back what it wrote: a timed conversation in UTC, a limit as a whole day, stable UIDs.
 */
@WebMvcTest(FeedController.class)
@Import({WebSliceConfiguration.class, AgendaTexts.class, IcalFeed.class})
class FeedControllerTest {

    private static final String TOKEN = "q9Vx3bW0m2JfTz8kR1sLpY7cN4hA6uE5dG0iK3oM2w8";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    CalendarFeeds feeds;
    @MockitoBean
    Agenda agenda;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    TrajectoryParameters parameters;

    @BeforeEach
    void theCoachHasAFeed() {
        given(feeds.ownerOf(anyString())).willReturn(Optional.empty());
        given(feeds.ownerOf(TOKEN)).willReturn(Optional.of("coach"));
        given(accounts.find("coach")).willReturn(Optional.of(
                new Account("coach", "Sofie", "Verstraete", EnumSet.of(Role.COACH))));
        given(parameters.getAftercareFollowUps()).willReturn(List.of(Period.ofMonths(3)));
        given(agenda.between(any(), any(), any(), any())).willReturn(List.of(
                AgendaItems.conversation(5, Instant.parse("2027-03-28T08:00:00Z"), "Kantoor Gent"),
                AgendaItems.limit(3, LocalDate.of(2026, 12, 31))));
        given(agenda.overview(any(), any(), any(), any(), anyInt())).willAnswer(call -> AgendaSlice.counted(
                agenda.between(call.getArgument(0), call.getArgument(1), call.getArgument(2), call.getArgument(3)),
                call.getArgument(4)));
    }

    @Test
    void aCalendarApplicationReadsTheOwnersAgendaWithoutSigningIn() throws Exception {
        String body = mvc.perform(get("/agenda/feed/" + TOKEN + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent conversation = events.get(0);
        assertThat(conversation.getUid().orElseThrow().getValue()).isEqualTo("planned-conversation-5@ac-traject");
        assertThat(conversation.getSummary().getValue()).isEqualTo("Gesprek met Lotte Claes (Telefonisch)");
        assertThat(conversation.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270328T080000Z");
        assertThat(conversation.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Kantoor Gent");
        assertThat(conversation.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/candidates/7");
        VEvent limit = events.get(1);
        assertThat(limit.getUid().orElseThrow().getValue()).isEqualTo("limit-pre-invoicing-3@ac-traject");
        assertThat(limit.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261231");
        assertThat(limit.getProperty(Property.DTSTART).orElseThrow().toString()).contains("VALUE=DATE");

        ArgumentCaptor<Actor> actor = ArgumentCaptor.forClass(Actor.class);
        verify(agenda).overview(actor.capture(), eq(LocalDate.of(2026, 10, 20)), eq(LocalDate.of(2027, 11, 20)),
                eq(List.of(Period.ofMonths(3))), eq(AgendaDay.NAMED));
        assertThat(actor.getValue()).isEqualTo(Actor.of("coach", Role.COACH));
    }

    @Test
    void aTrainingMomentIsAnEventWithTheModuleAndTheCandidate() throws Exception {
        given(agenda.between(any(), any(), any(), any())).willReturn(List.of(
                AgendaItems.trainingMoment(12, Instant.parse("2026-12-15T08:00:00Z"), "Boekhouden voor starters")));

        String body = mvc.perform(get("/agenda/feed/" + TOKEN + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<VEvent> events = new CalendarBuilder().build(new StringReader(body)).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent training = events.get(0);
        assertThat(training.getUid().orElseThrow().getValue()).isEqualTo("training-12@ac-traject");
        assertThat(training.getSummary().getValue()).isEqualTo("Opleiding Boekhouden voor starters: Lotte Claes");
        assertThat(training.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261215T080000Z");
        assertThat(training.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20261215T110000Z");
        assertThat(training.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/candidates/7");
    }

    @Test
    void aBusyDaysRemindersOfAKindAreOneEventThatCountsThemAndLinksTheirList() throws Exception {
        LocalDate busy = LocalDate.of(2027, 2, 26);
        List<AgendaItem> entries = new ArrayList<>(IntStream.rangeClosed(1, 21)
                .mapToObj(i -> AgendaItems.followUp(i, busy, "Persoon " + i, "P3M")).toList());
        entries.add(AgendaItems.followUp(40, busy.plusDays(1), "Çağrı Yılmaz", "P3M"));
        entries.add(AgendaItems.limit(3, busy));
        given(agenda.between(any(), any(), any(), any())).willReturn(entries);

        String body = mvc.perform(get("/agenda/feed/" + TOKEN + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<VEvent> events = new CalendarBuilder().build(new StringReader(body)).getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactlyInAnyOrder(
                "21 opvolgingen nazorg", "Nazorg Çağrı Yılmaz: opvolging 3 maanden na de uitstroom",
                "Laatste dag van fasen 1–3: Ahmed Benali");
        VEvent counted = events.stream().filter(e -> e.getSummary().getValue().startsWith("21")).findFirst()
                .orElseThrow();
        assertThat(counted.getUid().orElseThrow().getValue()).isEqualTo("counted-aftercare-follow-up-2027-02-26@ac-traject");
        assertThat(counted.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270226");
        assertThat(counted.getProperty(Property.URL).orElseThrow().getValue())
                .endsWith("/agenda/reminders?date=2027-02-26&kind=AFTERCARE_FOLLOW_UP");
    }

    @Test
    void aHeadRequestIsAnsweredAsTheGetWithoutSigningIn() throws Exception {
        mvc.perform(head("/agenda/feed/" + TOKEN + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"));
        mvc.perform(head("/agenda/feed/" + TOKEN.substring(1) + "x.ics")).andExpect(status().isNotFound());
        mvc.perform(head("/agenda/feed")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aTokenNotIssuedOrRevokedGetsAnEmptyNotFound() throws Exception {
        mvc.perform(get("/agenda/feed/" + TOKEN.substring(1) + "x.ics"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
        mvc.perform(get("/agenda/feed/" + TOKEN + ".ics").with(SignedIn.as("coach2", Role.COACH)))
                .andExpect(status().isOk());
        given(feeds.ownerOf(TOKEN)).willReturn(Optional.empty());
        mvc.perform(get("/agenda/feed/" + TOKEN + ".ics"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
        verify(agenda, never()).overview(eq(Actor.of("coach2", Role.COACH)), any(), any(), any(), anyInt());
    }

    @Test
    void aTokenOfAnAccountThatIsGoneOpensNothing() throws Exception {
        given(accounts.find("coach")).willReturn(Optional.empty());

        mvc.perform(get("/agenda/feed/" + TOKEN + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void aTokenOfAnAccountWithoutRolesOpensNothing() throws Exception {
        given(accounts.find("coach")).willReturn(Optional.of(
                new Account("coach", "Sofie", "Verstraete", EnumSet.noneOf(Role.class))));

        mvc.perform(get("/agenda/feed/" + TOKEN + ".ics")).andExpect(status().isNotFound());
        verify(agenda, never()).overview(any(), any(), any(), any(), anyInt());
    }

    @Test
    void aDoubleClickThatInsertsTheFeedTwiceIssuesAnewInsteadOfFailing() throws Exception {
        given(feeds.issue(any())).willThrow(new DataIntegrityViolationException("pk_calendar_feed"))
                .willReturn(TOKEN);

        mvc.perform(post("/agenda/feed").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/agenda/feed"))
                .andExpect(flashMessage("agenda.feed.issued"))
                .andExpect(flash().attribute("feedUrl", startsWith("http://localhost/agenda/feed/" + TOKEN + ".ics")));
    }

    @Test
    void onlyTheFeedItselfIsOpenWithoutSigningIn() throws Exception {
        mvc.perform(get("/agenda/feed")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/agenda/feed/" + TOKEN)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/agenda/feed/" + TOKEN + ".ics").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/agenda/feed/revoke").with(csrf())).andExpect(redirectedUrlPattern("**/login"));
        verify(feeds, never()).revoke(any());
    }

    @Test
    void anIssuedAddressIsShownOnceAfterTheRedirect() throws Exception {
        given(feeds.issue(any())).willReturn(TOKEN);

        mvc.perform(post("/agenda/feed").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/agenda/feed"))
                .andExpect(flashMessage("agenda.feed.issued"))
                .andExpect(flash().attribute("feedUrl", startsWith("http://localhost/agenda/feed/" + TOKEN + ".ics")));
    }

    @Test
    void aRevokedFeedIsSaid() throws Exception {
        mvc.perform(post("/agenda/feed/revoke").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/agenda/feed"))
                .andExpect(flashMessage("agenda.feed.revoked"));
        verify(feeds).revoke(Actor.of("coach", Role.COACH));
    }

    @Test
    void theFeedPageOffersToCreateAnAddress() throws Exception {
        given(feeds.issuedAt(any())).willReturn(Optional.empty());

        mvc.perform(get("/agenda/feed").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Adres aanmaken")));
    }
}
