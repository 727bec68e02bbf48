package be.actraject.web.group;

import be.actraject.bpmn.group.SessionTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.Presence;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.task.TaskScreen;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;

/** The coach's screen of a session's attendance: one line per member. */
@Controller
@RequestMapping("/tasks/{taskId}/session-attendance")
class AttendanceController {

    private static final String VIEW = "group/attendance";
    private static final Set<UserTask> KIND = Set.of(UserTask.SESSION_ATTENDANCE);

    private final TaskScreen screen;
    private final SessionTasks sessions;
    private final LearningGroups groups;
    private final GroupMembers members;

    AttendanceController(TaskScreen screen, SessionTasks sessions, LearningGroups groups, GroupMembers members) {
        this.screen = screen;
        this.sessions = sessions;
        this.groups = groups;
        this.members = members;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KIND, actor, model);
        AttendanceForm form = new AttendanceForm();
        List<Trajectory> present = show(task, model);
        present.forEach(t -> form.getPresence().put(t.getId(), Presence.PRESENT));
        model.addAttribute("attendance", form);
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @ModelAttribute("attendance") AttendanceForm form, Actor actor,
                       Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        sessions.completeAttendance(taskId, form.getPresence(), actor);
        return screen.completed(task, actor, redirect);
    }

    private List<Trajectory> show(WorkItem task, Model model) {
        CollectiveSession session = groups.session(task.sessionId());
        List<Trajectory> list = members.at(session);
        model.addAttribute("collectiveSession", session);
        model.addAttribute("members", list);
        model.addAttribute("presences", Presence.values());
        return list;
    }
}
