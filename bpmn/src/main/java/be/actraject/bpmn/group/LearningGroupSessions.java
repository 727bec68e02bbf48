package be.actraject.bpmn.group;

import be.actraject.domain.group.LearningGroups;
import org.springframework.stereotype.Component;

import java.util.Date;

/** When a session is over ({@code ${learningGroupSessions.endsAt(sessionId)}}): then attendance is registered. */
@Component("learningGroupSessions")
public class LearningGroupSessions {

    private final LearningGroups groups;

    public LearningGroupSessions(LearningGroups groups) {
        this.groups = groups;
    }

    public Date endsAt(Number sessionId) {
        return Date.from(groups.session(sessionId.longValue()).endsAt());
    }
}
