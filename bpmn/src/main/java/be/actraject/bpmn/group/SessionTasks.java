package be.actraject.bpmn.group;

import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.Presence;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Map;

/** Planning a collective session, which starts its process, and registering its attendance. */
@Service
public class SessionTasks {

    private final LearningGroups groups;
    private final RuntimeService runtime;
    private final TaskCompletion completion;

    public SessionTasks(LearningGroups groups, RuntimeService runtime, TaskCompletion completion) {
        this.groups = groups;
        this.runtime = runtime;
        this.completion = completion;
    }

    @Transactional
    public CollectiveSession plan(long groupId, Instant startsAt, int durationMinutes, String topic, Actor actor) {
        CollectiveSession session = groups.plan(groupId, startsAt, durationMinutes, topic, actor);
        runtime.startProcessInstanceByKey(ProcessKeys.LEARNING_GROUP_SESSION, BusinessKeys.session(session.getId()),
                Map.of(Variables.SESSION_ID, session.getId()));
        return session;
    }

    @Transactional
    public void completeAttendance(String taskId, Map<Long, Presence> presence, Actor coach) {
        completion.complete(taskId, UserTask.SESSION_ATTENDANCE, coach, task -> {
            groups.registerAttendance(task.sessionId(), presence, coach);
            return Map.of();
        });
    }
}
