package be.actraject.web.group;

import be.actraject.bpmn.group.SessionTasks;
import be.actraject.bpmn.task.NextStep;
import be.actraject.bpmn.task.NextSteps;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.Presence;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.web.system.Flash;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The attendance has no field to refuse: every member is present unless marked otherwise. */
@WebMvcTest(AttendanceController.class)
@Import(WebSliceConfiguration.class)
class AttendanceControllerTest {

    private static final String URL = "/tasks/t1/session-attendance";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    SessionTasks sessions;
    @MockitoBean
    LearningGroups groups;
    @MockitoBean
    GroupMembers members;
    @MockitoBean
    NextSteps nextSteps;

    private static WorkItem attendanceOfSession3(String assignee) {
        return new WorkItem("t1", UserTask.SESSION_ATTENDANCE.key(), "model name",
                Instant.parse("2026-11-18T10:00:00Z"), null, assignee, "Groep maart", null, null, 3L, null, 0, null,
                false, "coach", null, null, null);
    }

    private static Trajectory member(long id, String name) {
        Candidate candidate = Mockito.mock(Candidate.class);
        given(candidate.fullName()).willReturn(name);
        Trajectory trajectory = Mockito.mock(Trajectory.class);
        given(trajectory.getId()).willReturn(id);
        given(trajectory.getCandidate()).willReturn(candidate);
        return trajectory;
    }

    @BeforeEach
    void theCoachHoldsTheAttendanceOfASessionOfTwo() {
        given(workItems.find(eq("t1"), any())).willReturn(attendanceOfSession3("coach"));
        LearningGroup group = Mockito.mock(LearningGroup.class);
        given(group.getId()).willReturn(12L);
        given(group.getName()).willReturn("Groep maart");
        CollectiveSession session = Mockito.mock(CollectiveSession.class);
        given(session.getGroup()).willReturn(group);
        given(session.getTopic()).willReturn("Prijszetting voor starters");
        given(session.getStartsAt()).willReturn(Instant.parse("2026-11-19T13:30:00Z"));
        given(groups.session(3L)).willReturn(session);
        List<Trajectory> two = List.of(member(31L, "Lotte Peeters"), member(32L, "Ahmed Benali"));
        given(members.at(session)).willReturn(two);
    }

    /* The model attribute is not called "session": Thymeleaf reads ${session} as the HTTP session. */
    @Test
    void everyMemberIsProposedPresent() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(view().name("group/attendance"))
                .andExpect(model().attribute("presences", Presence.values()))
                .andExpect(content().string(containsString("Ahmed Benali")))
                .andExpect(content().string(containsString("Prijszetting voor starters")))
                .andExpect(content().string(containsString("19/11/2026 14:30, groep Groep maart")))
                .andExpect(content().string(containsString("id=\"presence32PRESENT\" checked=\"checked\"")));
    }

    @Test
    void thePresencesReachTheServicePerMember() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach())
                        .param("presence[31]", "PRESENT").param("presence[32]", "EXCUSED"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(sessions).completeAttendance(eq("t1"),
                eq(Map.of(31L, Presence.PRESENT, 32L, Presence.EXCUSED)), any());
    }

    @Test
    void afterTheAttendanceTheMessageSaysWhoHasTheNextStep() throws Exception {
        given(nextSteps.after(eq("t1"), any())).willReturn(Optional.of(new NextStep(NextStep.Kind.ENDED, null)));

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("presence[31]", "PRESENT"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"))
                .andExpect(r -> assertThat(((Flash) r.getFlashMap().get(Flash.NEXT)).key()).isEqualTo("task.next.ENDED"));
    }

    @Test
    void aColleagueWhoDoesNotHoldTheTaskMayNotRegisterIt() throws Exception {
        given(workItems.find(eq("t1"), any())).willReturn(attendanceOfSession3("coach2"));

        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("presence[31]", "ABSENT"))
                .andExpect(status().isForbidden());
        verify(sessions, never()).completeAttendance(any(), any(), any());
    }

    @Test
    void anAdministratorMayNotSeeTheAttendance() throws Exception {
        mvc.perform(get(URL).with(SignedIn.as("admin", Role.ADMINISTRATOR))).andExpect(status().isForbidden());
    }
}
