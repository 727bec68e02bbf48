package be.actraject.web.group;

import be.actraject.bpmn.group.SessionTasks;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.SessionInThePastException;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Planning a session: the form's day window lets today through, so an hour of today already past is refused by the
 * domain, and the form shows that beside the date with what was typed (issue 16, review finding 3).
 */
@WebMvcTest(GroupController.class)
@Import(WebSliceConfiguration.class)
class SessionPlanningTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    LearningGroups groups;
    @MockitoBean
    GroupMembers members;
    @MockitoBean
    SessionTasks sessions;
    @MockitoBean
    Accounts accounts;

    @BeforeEach
    void theCoachLeadsGroupGent() {
        LearningGroup gent = Mockito.mock(LearningGroup.class);
        given(gent.getId()).willReturn(1L);
        given(gent.getCoach()).willReturn("coach");
        given(groups.group(1L)).willReturn(gent);
    }

    @Test
    void theTopicStopsTypingWhereTheServerWouldRefuse() throws Exception {
        String page = mvc.perform(get("/groups/1").with(SignedIn.coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("input[name=topic]")).singleElement()
                .satisfies(topic -> assertThat(topic.attr("maxlength")).isEqualTo("200"));
    }

    @Test
    void anHourOfTodayAlreadyPastIsRefusedBesideTheDateKeepingWhatWasTyped() throws Exception {
        given(sessions.plan(anyLong(), any(Instant.class), anyInt(), anyString(), any()))
                .willThrow(new SessionInThePastException(Instant.parse("2026-11-20T08:00:00Z"),
                        WebSliceConfiguration.NOW));

        mvc.perform(post("/groups/1/sessions").with(csrf()).with(SignedIn.coach())
                        .param("startsAt", "2026-11-20T09:00").param("durationMinutes", "120")
                        .param("topic", "Je prijs berekenen"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("sessionForm", "startsAt", "group.session.past"))
                .andExpect(content().string(containsString("Deze sessie zou al begonnen zijn")))
                .andExpect(content().string(containsString("Je prijs berekenen")));
    }
}
