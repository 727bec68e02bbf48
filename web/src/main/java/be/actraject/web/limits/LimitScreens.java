package be.actraject.web.limits;

import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.task.TaskScreen;
import be.actraject.workflow.TimeLimit;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What both limit screens show: which limit, its last day, and the phase the candidate is in. */
@Component
class LimitScreens {

    private final Caseload caseload;

    LimitScreens(Caseload caseload) {
        this.caseload = caseload;
    }

    void describe(WorkItem task, Actor actor, Model model) {
        TimeLimit limit = TaskScreen.kindOf(task).timeLimit().orElseThrow();
        Trajectory trajectory = caseload.trajectory(task.requireTrajectory(), actor);
        model.addAttribute("limit", limit);
        model.addAttribute("lastDay", trajectory.limit(limit).orElse(null));
    }
}
