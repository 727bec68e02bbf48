package be.actraject.web.task;

import be.actraject.bpmn.group.SessionTasks;
import be.actraject.bpmn.task.NextStep;
import be.actraject.bpmn.task.NextSteps;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.domain.access.Actor;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.Presence;
import be.actraject.web.fixtures.TestGroups;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A collective session's attendance is the last task of that session's own process: the message after it speaks of
 * the session, not of a trajectory that "has ended" (issue 16) while the group's candidates go on.
 */
@FullStackTest
class NextStepAfterASessionTest {

    private static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionTasks sessions;
    @Autowired
    LearningGroups groups;
    @Autowired
    TaskClaims claims;
    @Autowired
    NextSteps nextSteps;
    @Autowired
    MessageSource messages;

    @Test
    void afterTheAttendanceNothingIsLeftForTheSessionAndTheMessageSaysSo() {
        long group = new TestTrajectories(context).group();
        TestGroups fixture = new TestGroups(context);
        String attendance = fixture.attendanceTask(fixture.sessionOver(group, "Je netwerk uitbreiden"));
        claims.claim(attendance, COACH);
        Map<Long, Presence> presence = new HashMap<>();
        groups.members(group).forEach(m -> presence.put(m.getTrajectoryId(), Presence.PRESENT));

        sessions.completeAttendance(attendance, presence, COACH);

        NextStep next = nextSteps.after(attendance, COACH).orElseThrow();
        assertThat(next.kind()).isEqualTo(NextStep.Kind.SESSION_ENDED);
        assertThat(messages.getMessage("task.next." + next.kind(), null, Locale.forLanguageTag("nl-BE")))
                .isEqualTo("Voor deze sessie is er niets meer te doen.").doesNotContain("traject");
    }
}
