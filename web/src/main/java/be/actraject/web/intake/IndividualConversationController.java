package be.actraject.web.intake;

import be.actraject.bpmn.conversation.ConversationTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.ConversationBeforeStartException;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.web.system.Dates;
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

/** The screen of the task "individual conversation": the coach's report of the conversation. */
@Controller
@RequestMapping("/tasks/{taskId}/individual-conversation")
class IndividualConversationController {

    private static final String VIEW = "intake/individual-conversation";

    private final TaskScreen screen;
    private final ConversationTasks conversations;
    private final Clock clock;
    private final Dates dates;

    IndividualConversationController(TaskScreen screen, ConversationTasks conversations, Clock clock, Dates dates) {
        this.screen = screen;
        this.conversations = conversations;
        this.clock = clock;
        this.dates = dates;
    }

    @ModelAttribute("kinds")
    ConversationKind[] kinds() {
        return ConversationKind.values();
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        screen.show(taskId, actor, model);
        model.addAttribute("conversation", ConversationForm.startingOn(LocalDate.now(clock)));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("conversation") ConversationForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, actor, model);
        if (!form.nextComesAfter()) {
            result.rejectValue("nextPlannedOn", "conversation.nextPlannedOn.afterHeldOn");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            conversations.complete(taskId, form.toReport(), actor);
            return screen.completed(task, redirect);
        } catch (ConversationBeforeStartException e) {
            result.rejectValue("heldOn", "conversation.heldOn.beforeStart", new Object[]{dates.date(e.startDate())}, null);
        } catch (ConstraintViolationException e) {
            Violations.rejectInto(e, result);
        }
        return VIEW;
    }
}
