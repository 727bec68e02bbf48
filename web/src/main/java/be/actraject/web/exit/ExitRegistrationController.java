package be.actraject.web.exit;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.web.task.TaskScreen;
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

import java.util.Set;

/** The screen of the exit registration after a stop: how the trajectory ends, and why. */
@Controller
@RequestMapping("/tasks/{taskId}/exit-registration")
class ExitRegistrationController {

    private static final String VIEW = "exit/registration";
    private static final Set<UserTask> KIND = Set.of(UserTask.EXIT_REGISTRATION);

    private final TaskScreen screen;
    private final ExitTasks exits;

    ExitRegistrationController(TaskScreen screen, ExitTasks exits) {
        this.screen = screen;
        this.exits = exits;
    }

    @ModelAttribute("exitTypes")
    ExitType[] exitTypes() {
        return ExitType.values();
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        screen.show(taskId, KIND, actor, model);
        ExitForm form = new ExitForm();
        form.setExitType(ExitType.STOPPED);
        model.addAttribute("exit", form);
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("exit") ExitForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        if (result.hasErrors()) {
            return VIEW;
        }
        exits.completeExitRegistration(taskId, form.getExitType(), form.getReason(), actor);
        return screen.completed(task, actor, redirect);
    }
}
