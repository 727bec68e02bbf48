package be.actraject.web.exploration;

import be.actraject.bpmn.exploration.ExplorationTasks;
import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.Deliverables;
import be.actraject.domain.group.LearningGroups;
import be.actraject.web.task.TaskScreen;
import be.actraject.workflow.UserTask;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/** The screen of the exploration review: the deliverables, and go on to prospecting or reorient. */
@Controller
@RequestMapping("/tasks/{taskId}/exploration-review")
class ReviewController {

    private static final String VIEW = "exploration/review";
    private static final Set<UserTask> KIND = Set.of(UserTask.EXPLORATION_REVIEW);

    private final TaskScreen screen;
    private final ExplorationTasks exploration;
    private final Deliverables deliverables;
    private final LearningGroups groups;

    ReviewController(TaskScreen screen, ExplorationTasks exploration, Deliverables deliverables,
                     LearningGroups groups) {
        this.screen = screen;
        this.exploration = exploration;
        this.deliverables = deliverables;
        this.groups = groups;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KIND, actor, model);
        model.addAttribute("review", ReviewForm.of(deliverables.of(task.requireTrajectory(), actor)));
        return show(task, model);
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("review") ReviewForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        if (result.hasErrors()) {
            return show(task, model);
        }
        try {
            exploration.completeReview(taskId, form.updates(), form.getDecision(), form.getMotivation(), actor);
            return screen.completed(task, actor, redirect);
        } catch (DecisionRequiredException e) {
            result.rejectValue("decision", "decision.required");
        } catch (MotivationRequiredException e) {
            result.rejectValue("motivation", "decision.motivation.required");
        }
        return show(task, model);
    }

    private String show(WorkItem task, Model model) {
        model.addAttribute("decisions", UserTask.EXPLORATION_REVIEW.decisions());
        model.addAttribute("statuses", DeliverableStatus.values());
        model.addAttribute("group", groups.groupOf(task.requireTrajectory()).orElse(null));
        return VIEW;
    }
}
