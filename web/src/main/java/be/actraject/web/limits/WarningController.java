package be.actraject.web.limits;

import be.actraject.bpmn.limits.LimitTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.MotivationRequiredException;
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

import java.util.EnumSet;
import java.util.Set;

/** The coach's screen of a limit warning: the limit is near, how will the rest of the time be used? */
@Controller
@RequestMapping("/tasks/{taskId}/limit-warning")
class WarningController {

    private static final String VIEW = "limits/warning";
    private static final Set<UserTask> KINDS =
            EnumSet.of(UserTask.PRE_INVOICING_LIMIT_WARNING, UserTask.INVOICING_LIMIT_WARNING);

    private final TaskScreen screen;
    private final LimitScreens limits;
    private final LimitTasks tasks;

    WarningController(TaskScreen screen, LimitScreens limits, LimitTasks tasks) {
        this.screen = screen;
        this.limits = limits;
        this.tasks = tasks;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KINDS, actor, model);
        model.addAttribute("warning", new WarningForm());
        limits.describe(task, actor, model);
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("warning") WarningForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KINDS, actor, model);
        limits.describe(task, actor, model);
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            tasks.acknowledgeWarning(taskId, TaskScreen.kindOf(task), form.getPlan(), actor);
            return screen.completed(task, actor, redirect);
        } catch (MotivationRequiredException e) {
            result.rejectValue("plan", "decision.motivation.required");
        }
        return VIEW;
    }
}
