package be.actraject.web.intake;

import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.web.system.Violations;
import be.actraject.web.task.TaskScreen;
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

import java.time.Clock;
import java.time.LocalDate;

/** The screen of the task "POP creation": the first version of the personal development plan. */
@Controller
@RequestMapping("/tasks/{taskId}/pop-creation")
class PopCreationController {

    private static final String VIEW = "intake/pop-creation";

    private final TaskScreen screen;
    private final IntakeTasks intake;
    private final Clock clock;

    PopCreationController(TaskScreen screen, IntakeTasks intake, Clock clock) {
        this.screen = screen;
        this.intake = intake;
        this.clock = clock;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        screen.show(taskId, actor, model);
        PlanForm form = new PlanForm();
        form.setAgreedOn(LocalDate.now(clock));
        model.addAttribute("plan", form);
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("plan") PlanForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, actor, model);
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            intake.completePopCreation(taskId, form.toDraft(), actor);
            return screen.completed(task, redirect);
        } catch (ConstraintViolationException e) {
            Violations.rejectInto(e, result);
        }
        return VIEW;
    }
}
