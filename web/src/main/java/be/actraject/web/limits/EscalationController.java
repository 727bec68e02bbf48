package be.actraject.web.limits;

import be.actraject.bpmn.limits.InvalidExtensionException;
import be.actraject.bpmn.limits.LimitTasks;
import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.ExitTypeRequiredException;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.web.task.TaskScreen;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
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

import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The coordinator's screen at a time limit: extend it with a reason, or end the trajectory. */
@Controller
@RequestMapping("/tasks/{taskId}/limit-escalation")
class EscalationController {

    private static final String VIEW = "limits/escalation";
    private static final Set<UserTask> KINDS =
            EnumSet.of(UserTask.PRE_INVOICING_LIMIT_ESCALATION, UserTask.INVOICING_LIMIT_ESCALATION);

    private final TaskScreen screen;
    private final LimitScreens limits;
    private final LimitTasks tasks;

    EscalationController(TaskScreen screen, LimitScreens limits, LimitTasks tasks) {
        this.screen = screen;
        this.limits = limits;
        this.tasks = tasks;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("decisions", List.of(Decision.EXTEND, Decision.END));
        model.addAttribute("exitTypes", ExitType.values());
        model.addAttribute("months", List.of(1, 2, 3, 4, 5, 6));
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KINDS, actor, model);
        model.addAttribute("escalation", new EscalationForm());
        limits.describe(task, actor, model);
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("escalation") EscalationForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KINDS, actor, model);
        limits.describe(task, actor, model);
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            Period extension = form.getExtensionMonths() == null ? null : Period.ofMonths(form.getExtensionMonths());
            tasks.decideAtLimit(taskId, TaskScreen.kindOf(task), form.getDecision(), extension, form.getExitType(),
                    form.getMotivation(), actor);
            return screen.completed(task, actor, redirect);
        } catch (DecisionRequiredException e) {
            result.rejectValue("decision", "decision.required");
        } catch (ExitTypeRequiredException e) {
            result.rejectValue("exitType", "exit.type.required");
        } catch (InvalidExtensionException e) {
            result.rejectValue("extensionMonths", "limit.extension.invalid");
        } catch (MotivationRequiredException e) {
            result.rejectValue("motivation", "decision.motivation.required");
        }
        return VIEW;
    }
}
