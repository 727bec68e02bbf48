package be.actraject.web.intake;

import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.web.system.Violations;
import be.actraject.web.task.TaskScreen;
import be.actraject.workflow.UserTask;
import jakarta.validation.ConstraintViolationException;
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

/**
 * The screen of the task "POP creation": the first version of the personal development plan, its objectives
 * suggested from the largest gaps of the Entre-spiegel to the reference profile.
 */
@Controller
@RequestMapping("/tasks/{taskId}/pop-creation")
class PopCreationController {

    static final String VIEW = "intake/pop-creation";

    private final TaskScreen screen;
    private final IntakeTasks intake;
    private final PlanScreens plans;

    PopCreationController(TaskScreen screen, IntakeTasks intake, PlanScreens plans) {
        this.screen = screen;
        this.intake = intake;
        this.plans = plans;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, Set.of(UserTask.POP_CREATION), actor, model);
        model.addAttribute("plan", plans.start(task.requireTrajectory(), actor, model));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("plan") PlanForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, Set.of(UserTask.POP_CREATION), actor, model);
        plans.beside(task.requireTrajectory(), actor, model);
        form.validate(result, plans.today());
        if (result.hasErrors()) {
            form.fill();
            return VIEW;
        }
        try {
            intake.completePopCreation(taskId, form.toDraft(), actor);
            return screen.completed(task, actor, redirect);
        } catch (ConstraintViolationException e) {
            Violations.rejectInto(e, result);
        }
        form.fill();
        return VIEW;
    }
}
