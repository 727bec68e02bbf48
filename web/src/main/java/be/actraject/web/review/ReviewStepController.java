package be.actraject.web.review;

import be.actraject.bpmn.review.ReviewTasks;
import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.TaskNotFoundException;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.web.decision.DecisionForm;
import be.actraject.web.task.TaskScreen;
import be.actraject.workflow.Decision;
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

import java.util.List;

/**
 * The screen of a review step a coordinator added to a model ({@code actraject:review}): its name and documentation
 * from the model, approve or send back, and why.
 */
@Controller
@RequestMapping("/tasks/{taskId}/review")
class ReviewStepController {

    private static final String VIEW = "review/review";

    private final TaskScreen screen;
    private final ReviewTasks reviews;

    ReviewStepController(TaskScreen screen, ReviewTasks reviews) {
        this.screen = screen;
        this.reviews = reviews;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        show(taskId, actor, model);
        model.addAttribute("decisionForm", new DecisionForm());
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, actor, model);
        requireReview(task);
        model.addAttribute("decisions", List.of(Decision.APPROVE, Decision.SEND_BACK));
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            reviews.complete(taskId, task.modelName(), form.getDecision(), form.getMotivation(), actor);
            return screen.completed(task, actor, redirect);
        } catch (DecisionRequiredException e) {
            result.rejectValue("decision", "decision.required");
        } catch (MotivationRequiredException e) {
            result.rejectValue("motivation", "NotBlank");
        }
        return VIEW;
    }

    private void show(String taskId, Actor actor, Model model) {
        requireReview(screen.show(taskId, actor, model));
        model.addAttribute("screenPath", "review");
        model.addAttribute("decisions", List.of(Decision.APPROVE, Decision.SEND_BACK));
    }

    private void requireReview(WorkItem task) {
        if (!reviews.isReview(task.taskId())) {
            throw new TaskNotFoundException(task.taskId());
        }
    }
}
