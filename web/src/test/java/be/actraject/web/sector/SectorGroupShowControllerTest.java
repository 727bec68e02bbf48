package be.actraject.web.sector;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.AlreadyMemberException;
import be.actraject.domain.sector.SectorGroupClosedException;
import be.actraject.domain.sector.MeetingEntry;
import be.actraject.domain.sector.MeetingInPastException;
import be.actraject.domain.find.SectorGroupCandidates;
import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.sector.SectorMeeting;
import be.actraject.domain.sector.SectorMeetings;
import be.actraject.domain.sector.SectorMemberships;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.sector.SectorMember;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.time.ZoneId;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willDoNothing;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SectorGroupShowController.class)
@Import({WebSliceConfiguration.class, SectorGroupPage.class})
class SectorGroupShowControllerTest {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    /** A week after the slice's clock (2026-11-20), inside a session's window. */
    private static final LocalDateTime NEXT_WEEK = LocalDateTime.of(2026, 11, 27, 19, 0);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    SectorGroups groups;
    @MockitoBean
    SectorMemberships memberships;
    @MockitoBean
    SectorMeetings meetings;
    @MockitoBean
    Caseload caseload;
    @MockitoBean
    DossierChanges changes;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    SectorGroupCandidates placeable;

    @BeforeEach
    void aGroupTheCoordinatorKeeps() {
        SectorGroup group = mock(SectorGroup.class);
        given(group.getId()).willReturn(5L);
        given(group.getName()).willReturn("Horeca & catering");
        given(group.getSector()).willReturn("I — Horeca");
        given(group.getContactPerson()).willReturn("coach");
        given(groups.group(eq(5L), any())).willReturn(group);
        given(groups.managed(eq(5L), any())).willReturn(group);
        given(groups.mayManage(eq(group), any())).willReturn(true);
        given(caseload.visibility(any())).willReturn(t -> true);
        given(placeable.placeable(anyLong(), any(), any(), anyInt()))
                .willReturn(new SectorGroupCandidates.Choice(List.of(), 0, false));
    }

    private static Trajectory trajectory(long id, String name) {
        Trajectory t = mock(Trajectory.class);
        Candidate c = mock(Candidate.class);
        given(t.getId()).willReturn(id);
        given(c.getId()).willReturn(id + 100);
        given(c.fullName()).willReturn(name);
        given(c.getFirstName()).willReturn(name.substring(0, name.indexOf(' ')));
        given(c.getLastName()).willReturn(name.substring(name.indexOf(' ') + 1));
        given(t.getCandidate()).willReturn(c);
        return t;
    }

    private static SectorMember former(long trajectoryId, java.time.LocalDate joined, java.time.LocalDate left) {
        SectorMember m = mock(SectorMember.class);
        given(m.getTrajectoryId()).willReturn(trajectoryId);
        given(m.getJoinedOn()).willReturn(joined);
        given(m.getLeftOn()).willReturn(left);
        return m;
    }

    /**
     * The members now by last name in Dutch order, as the candidate list (anouk de Vries among the D's, Çağrı Yılmaz
     * after Peeters, not first); below them who is not in it any more, once each with every period, the latest first.
     * A member who left and came back (Émile) is a member, not also a former one.
     */
    @Test
    void theMembersNowAreByNameAndThoseWhoLeftApartOnceEach() throws Exception {
        Trajectory zoe = trajectory(1L, "Zoë Peeters");
        Trajectory cagri = trajectory(2L, "Çağrı Yılmaz");
        Trajectory anouk = trajectory(3L, "anouk de Vries");
        Trajectory emile = trajectory(4L, "Émile Lambert");
        given(caseload.byIds(any())).willReturn(java.util.Map.of(1L, zoe, 2L, cagri, 3L, anouk, 4L, emile));
        java.time.LocalDate nov = java.time.LocalDate.of(2026, 11, 2);
        List<SectorMember> all = List.of(
                former(3L, nov, nov.plusDays(1)), member(2L), former(3L, nov.plusDays(2), nov.plusDays(3)),
                member(1L), former(4L, nov, nov.plusDays(2)), member(4L));
        given(groups.members(any(), any())).willReturn(all);
        given(changes.may(any(), any(), any())).willReturn(true);

        String page = mvc.perform(get("/sector-groups/5").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String now = page.substring(page.indexOf("data-testid=\"sector-members\""),
                page.indexOf("data-testid=\"former-members\""));
        assertThat(now).containsSubsequence("Émile Lambert", "Zoë Peeters", "Çağrı Yılmaz")
                .doesNotContain("anouk de Vries").contains("/members/1/leave", "/members/4/leave");
        String left = page.substring(page.indexOf("data-testid=\"former-members\""));
        assertThat(left).contains("Vroegere leden (1)").doesNotContain("Émile")
                .containsSubsequence("anouk de Vries", "lid van 04/11/2026 tot 05/11/2026",
                        "lid van 02/11/2026 tot 03/11/2026")
                .doesNotContain("/leave");
    }

    private static SectorMember member(long trajectoryId) {
        SectorMember m = mock(SectorMember.class);
        given(m.getTrajectoryId()).willReturn(trajectoryId);
        given(m.isCurrent()).willReturn(true);
        given(m.getJoinedOn()).willReturn(java.time.LocalDate.of(2026, 11, 2));
        return m;
    }

    /**
     * The contact person keeps the group, not every member's dossier: a colleague's candidate is named, without a
     * link to the dossier and without the removal the domain would refuse (a tester's click ended on "Geen toegang").
     */
    @Test
    void aColleaguesCandidateIsNamedWithoutDossierLinkOrRemoval() throws Exception {
        Trajectory own = trajectory(1L, "Eigen Kandidaat");
        Trajectory colleagues = trajectory(2L, "Arne Hermans");
        List<SectorMember> members = List.of(member(1L), member(2L));
        given(groups.members(any(), any())).willReturn(members);
        given(caseload.byIds(any())).willReturn(java.util.Map.of(1L, own, 2L, colleagues));
        given(caseload.visibility(any())).willReturn(t -> t == own);
        given(changes.may(eq(own), any(), any())).willReturn(true);

        mvc.perform(get("/sector-groups/5").with(SignedIn.as("coach2", Role.COACH)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/candidates/101\"")))
                .andExpect(content().string(containsString("/sector-groups/5/members/1/leave")))
                .andExpect(content().string(containsString("data-testid=\"member-not-readable\">Arne Hermans")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/candidates/102\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/members/2/leave"))));
    }

    private static MockHttpServletRequestBuilder plan(String place, String topic) {
        return post("/sector-groups/5/meetings").with(csrf()).with(SignedIn.coordinator())
                .param("startsAt", NEXT_WEEK.toString()).param("durationMinutes", "90")
                .param("place", place).param("topic", topic);
    }

    @Test
    void aMeetingIsPlannedInTheCooperativesTimeZone() throws Exception {
        mvc.perform(plan("Lokaal 2", "Prijzen\u00A0berekenen"))
                .andExpect(redirectedUrl("/sector-groups/5"))
                .andExpect(flashMessage("sector.meeting.planned"));
        verify(meetings).plan(5L, new MeetingEntry(NEXT_WEEK.atZone(ZoneId.of("Europe/Brussels")).toInstant(), 90,
                "Lokaal 2", "Prijzen berekenen"), COORDINATOR);
    }

    @Test
    void aMeetingInTheHourSkippedBySummerTimeIsRefusedBesideTheFieldNotMoved() throws Exception {
        mvc.perform(post("/sector-groups/5/meetings").with(csrf()).with(SignedIn.coordinator())
                        .param("startsAt", "2027-03-28T02:30").param("durationMinutes", "90")
                        .param("place", "Lokaal 2").param("topic", "Maandeinde"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("meeting", "startsAt", "ExistingWallClockTime"))
                .andExpect(content().string(containsString("de klok springt van 2:00 naar 3:00")))
                .andExpect(content().string(containsString("value=\"2027-03-28T02:30:00\"")));
        verify(meetings, never()).plan(anyLong(), any(), any());
    }

    /** A duration out of bounds says its bounds and their unit (minutes, as the field's label says). */
    @Test
    void aMeetingTooShortOrTooLongIsToldItsBoundsInMinutes() throws Exception {
        mvc.perform(post("/sector-groups/5/meetings").with(csrf()).with(SignedIn.coordinator())
                        .param("startsAt", NEXT_WEEK.toString()).param("durationMinutes", "0")
                        .param("place", "Lokaal 2").param("topic", "Maandeinde"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De duur is minstens 15 minuten.")));
        mvc.perform(post("/sector-groups/5/meetings").with(csrf()).with(SignedIn.coordinator())
                        .param("startsAt", NEXT_WEEK.toString()).param("durationMinutes", "600")
                        .param("place", "Lokaal 2").param("topic", "Maandeinde"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De duur is hoogstens 480 minuten.")));
        verify(meetings, never()).plan(anyLong(), any(), any());
    }

    /**
     * A duration that is no whole number of minutes comes back as typed with the field's message: the field is a text
     * input, as a number input would show the form's 120 instead. One past an int is told the bound, as 600 is.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "1.5|Geef de duur in hele minuten, bv. 90.",
            "1,5|Geef de duur in hele minuten, bv. 90.",
            "90 min|Geef de duur in hele minuten, bv. 90.",
            "1 20|Geef de duur in hele minuten, bv. 90.",
            "\u0669\u0660|Geef de duur in hele minuten, bv. 90.",
            "99999999999|De duur is hoogstens 480 minuten.",
            "-99999999999|De duur is minstens 15 minuten."})
    void aDurationThatIsNoWholeNumberOfMinutesComesBackAsTypedWithItsMessage(String duration, String message)
            throws Exception {
        mvc.perform(post("/sector-groups/5/meetings").with(csrf()).with(SignedIn.coordinator())
                        .header("Referer", "http://localhost/sector-groups/5?q=%C3%A7a")
                        .param("startsAt", NEXT_WEEK.toString()).param("durationMinutes", duration)
                        .param("place", "Lokaal 2").param("topic", "Maandeinde"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                // English leads to the page the form came from: the address it was posted to takes no GET.
                .andExpect(content().string(containsString("href=\"/sector-groups/5?q=%C3%A7a&amp;lang=en\"")))
                .andExpect(content().string(containsString("name=\"durationMinutes\" value=\""
                        + org.springframework.web.util.HtmlUtils.htmlEscape(duration) + "\"")))
                .andExpect(content().string(containsString("value=\"Maandeinde\"")));
        verify(meetings, never()).plan(anyLong(), any(), any());
    }

    /** Spaces typed or pasted around a duration, and invisible ones, are left out: "\u00A090\u200B " is 90 minutes. */
    @Test
    void aDurationWithPastedSpacesIsReadAsItsDigits() throws Exception {
        mvc.perform(post("/sector-groups/5/meetings").with(csrf()).with(SignedIn.coordinator())
                        .param("startsAt", NEXT_WEEK.toString()).param("durationMinutes", "\u00A090\u200B ")
                        .param("place", "Lokaal 2").param("topic", "Maandeinde"))
                .andExpect(redirectedUrl("/sector-groups/5"));
        verify(meetings).plan(5L, new MeetingEntry(NEXT_WEEK.atZone(ZoneId.of("Europe/Brussels")).toInstant(), 90,
                "Lokaal 2", "Maandeinde"), COORDINATOR);
    }

    @Test
    void aPlaceOfNoBreakSpacesOnlyIsBlankAndTheTopicIsKept() throws Exception {
        mvc.perform(plan("\u00A0 \u00A0", "Prijzen berekenen"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("meeting", "place", "NotBlank"))
                .andExpect(content().string(containsString("value=\"Prijzen berekenen\"")));
        verify(meetings, never()).plan(anyLong(), any(), any());
    }

    @Test
    void aTopicOverItsColumnComesBackWithTheTextKept() throws Exception {
        String topic = "Samen inkopen bij de groothandel ".repeat(8).strip();

        mvc.perform(plan("Lokaal 2", topic))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("meeting", "topic", "Size"))
                .andExpect(content().string(containsString("Gebruik hoogstens 200 tekens.")))
                .andExpect(content().string(containsString(topic)));
        verify(meetings, never()).plan(anyLong(), any(), any());
    }

    @Test
    void aMeetingInThePastIsTheDateFieldsMessage() throws Exception {
        given(meetings.plan(anyLong(), any(), any())).willThrow(new MeetingInPastException(5L));

        mvc.perform(plan("Lokaal 2", "Prijzen berekenen"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("meeting", "startsAt", "sector.meeting.past"))
                .andExpect(content().string(containsString("kies een tijdstip na nu")))
                .andExpect(content().string(containsString("value=\"Lokaal 2\"")));
    }

    @Test
    void aMemberPlacedTwiceIsToldAtTheMembersBoxWithTheCandidateStillChosen() throws Exception {
        willThrow(new AlreadyMemberException(5L, 7L)).given(memberships).join(eq(5L), eq(7L), any());

        mvc.perform(post("/sector-groups/5/members").with(csrf()).with(SignedIn.coordinator())
                        .header("Referer", "http://localhost/sector-groups/5").param("trajectoryId", "7"))
                .andExpect(redirectedUrl("/sector-groups/5#members"))
                .andExpect(flashMessage("sector.member.twice"))
                .andExpect(flash().attribute("memberChoice", 7L));
    }

    /** Issue 19: a coach of thousands is offered the first 20 by name, told how many there are, and searches. */
    @Test
    void theKeeperIsOfferedTheFirstCandidatesByNameAndSearchesForAnother() throws Exception {
        Trajectory cagri = trajectory(7L, "Çağrı Yılmaz");
        given(cagri.getCandidate().getJobSeekerNumber()).willReturn("0912345678");
        given(changes.may(any(), any(), any())).willReturn(true);
        given(placeable.placeable(eq(5L), any(), any(), eq(SectorGroupPage.OFFERED)))
                .willReturn(new SectorGroupCandidates.Choice(List.of(cagri), 1501, false));

        mvc.perform(get("/sector-groups/5").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"7\">Çağrı Yılmaz (0912345678)</option>")))
                .andExpect(content().string(containsString("De eerste 1 van 1.501 kandidaten in de prospectie.")))
                .andExpect(content().string(containsString("data-testid=\"find-member\"")));
        verify(placeable).placeable(5L, COORDINATOR, "", SectorGroupPage.OFFERED);

        given(placeable.placeable(eq(5L), any(), eq("Kandidaat 12"), anyInt()))
                .willReturn(new SectorGroupCandidates.Choice(List.of(cagri), 56, true));
        mvc.perform(get("/sector-groups/5").param("q", "Kandidaat 12").with(SignedIn.coordinator()))
                .andExpect(content().string(containsString(
                        "De eerste 1 van 56 kandidaten in de prospectie voor „Kandidaat 12”.")));

        given(placeable.placeable(eq(5L), any(), eq("<b>çağ"), anyInt()))
                .willReturn(new SectorGroupCandidates.Choice(List.of(), 0, true));
        mvc.perform(get("/sector-groups/5").param("q", "<b>çağ").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"&lt;b&gt;çağ\"")))
                .andExpect(content().string(containsString("Geen kandidaat in de prospectie gevonden voor „&lt;b&gt;çağ” die nog geen lid is.")))
                .andExpect(content().string(containsString("disabled")));

        // A wildcard searches nothing: the whole choice, and a word on what a search needs.
        given(placeable.placeable(eq(5L), any(), eq("%"), anyInt()))
                .willReturn(new SectorGroupCandidates.Choice(List.of(cagri), 1501, false));
        mvc.perform(get("/sector-groups/5").param("q", "%").with(SignedIn.coordinator()))
                .andExpect(content().string(containsString("De eerste 1 van 1.501 kandidaten in de prospectie.")))
                .andExpect(content().string(containsString("„%” zoekt niets: typ minstens twee letters of cijfers")));
    }

    /** A second click on "Uit de groep halen", or a candidate who is no member: said so, not as a removal. */
    @Test
    void removingSomeoneWhoIsNoMemberNowIsAWarningNotASuccess() throws Exception {
        given(memberships.leave(5L, 7L, COORDINATOR)).willReturn(true);
        given(memberships.leave(5L, 8L, COORDINATOR)).willReturn(false);

        mvc.perform(post("/sector-groups/5/members/7/leave").with(csrf()).with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/sector-groups/5#members"))
                .andExpect(flashMessage("sector.member.left"));
        mvc.perform(post("/sector-groups/5/members/8/leave").with(csrf()).with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/sector-groups/5#members"))
                .andExpect(flashMessage("sector.member.notMember"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                        ((be.actraject.web.system.Flash) result.getFlashMap().get(
                                be.actraject.web.system.Flash.ATTRIBUTE)).level())
                        .isEqualTo(be.actraject.web.system.Flash.warning("x").level()));
    }

    @Test
    void aRefusedPlacementComesBackToTheChoiceAsItWasFound() throws Exception {
        willThrow(new AlreadyMemberException(5L, 7L)).given(memberships).join(eq(5L), eq(7L), any());

        mvc.perform(post("/sector-groups/5/members").with(csrf()).with(SignedIn.coordinator())
                        .param("trajectoryId", "7").param("q", "Çağrı Yıl"))
                .andExpect(redirectedUrl("/sector-groups/5?q=%C3%87a%C4%9Fr%C4%B1+Y%C4%B1l#members"))
                .andExpect(flashMessage("sector.member.twice"));
        mvc.perform(post("/sector-groups/5/members").with(csrf()).with(SignedIn.coordinator()).param("q", "xyz"))
                .andExpect(redirectedUrl("/sector-groups/5?q=xyz#members"))
                .andExpect(flashMessage("sector.member.choose"));
        // Pasted far past the box's limit: cut as the box cuts it, not a header past the server's limit.
        mvc.perform(post("/sector-groups/5/members").with(csrf()).with(SignedIn.coordinator())
                        .param("trajectoryId", "7").param("q", "x y ".repeat(2000)))
                .andExpect(redirectedUrl("/sector-groups/5?q=" + "x+y+".repeat(24) + "x+y#members"));
        willDoNothing().given(memberships).join(eq(5L), eq(8L), any());
        mvc.perform(post("/sector-groups/5/members").with(csrf()).with(SignedIn.coordinator())
                        .param("trajectoryId", "8").param("q", "Çağrı"))
                .andExpect(redirectedUrl("/sector-groups/5#members"))
                .andExpect(flashMessage("sector.member.joined"));
    }

    @Test
    void aMeetingOfAGroupClosedMeanwhileIsRefusedAboveTheGroupsPageWhichHasNoPlanningFormAnyMore() throws Exception {
        given(meetings.plan(anyLong(), any(), any()))
                .willThrow(new SectorGroupClosedException(5L, "Horeca & catering"));

        mvc.perform(plan("Lokaal 2", "Prijzen berekenen"))
                .andExpect(redirectedUrl("/sector-groups/5"))
                .andExpect(flashMessage(new SectorGroupClosedException(5L, "Horeca & catering").messageKey()));
        // Closed before the POST arrives, with a duration that does not read: the closure is what is said.
        SectorGroup closed = mock(SectorGroup.class);
        given(closed.getId()).willReturn(6L);
        given(closed.getName()).willReturn("Bouw");
        given(closed.isClosed()).willReturn(true);
        given(groups.managed(eq(6L), any())).willReturn(closed);
        mvc.perform(post("/sector-groups/6/meetings").with(csrf()).with(SignedIn.coordinator())
                        .param("startsAt", NEXT_WEEK.toString()).param("durationMinutes", "1,5")
                        .param("place", "Lokaal 2").param("topic", "Maandeinde"))
                .andExpect(redirectedUrl("/sector-groups/6"))
                .andExpect(flashMessage(new SectorGroupClosedException(6L, "Bouw").messageKey(), "Bouw"));
        verify(meetings, never()).plan(eq(6L), any(), any());
    }

    /** The meetings at the first and the second 02:30 of the autumn night are told apart by their zone. */
    @Test
    void meetingsInTheAutumnNightsRepeatedHourShowTheirZone() throws Exception {
        SectorMeeting first = meeting(1L, Instant.parse("2026-10-25T00:30:00Z"), "Eerste ronde");
        SectorMeeting second = meeting(2L, Instant.parse("2026-10-25T01:30:00Z"), "Tweede ronde");
        given(meetings.of(any())).willReturn(List.of(first, second));

        mvc.perform(get("/sector-groups/5").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("25/10/2026 02:30 CEST")))
                .andExpect(content().string(containsString("25/10/2026 02:30 CET")));
    }

    private static SectorMeeting meeting(long id, Instant startsAt, String topic) {
        SectorMeeting meeting = mock(SectorMeeting.class);
        given(meeting.getId()).willReturn(id);
        given(meeting.getStartsAt()).willReturn(startsAt);
        given(meeting.endsAt()).willReturn(startsAt.plusSeconds(3600));
        given(meeting.getTopic()).willReturn(topic);
        given(meeting.getPlace()).willReturn("Lokaal 2");
        given(meeting.getDurationMinutes()).willReturn(60);
        return meeting;
    }
}
