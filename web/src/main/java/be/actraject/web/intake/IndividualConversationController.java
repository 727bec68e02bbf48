package be.actraject.web.intake;

import be.actraject.bpmn.conversation.ConversationTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.ActionOwner;
import be.actraject.domain.conversation.ActionPoint;
import be.actraject.domain.conversation.ActionPointStatus;
import be.actraject.domain.conversation.ConversationDateOutOfRangeException;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.web.system.Dates;
import be.actraject.web.system.Refusals;
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
import java.util.List;

/** The screen of the task "individual conversation": the coach's report of the conversation. */
@Controller
@RequestMapping("/tasks/{taskId}/individual-conversation")
class IndividualConversationController {

    private static final String VIEW = "intake/individual-conversation";

    private final TaskScreen screen;
    private final ConversationTasks conversations;
    private final Clock clock;
    private final Dates dates;
    private final IndividualConversations records;
    private final Caseload caseload;

    IndividualConversationController(TaskScreen screen, ConversationTasks conversations, Clock clock, Dates dates,
                                     IndividualConversations records, Caseload caseload) {
        this.caseload = caseload;
        this.screen = screen;
        this.conversations = conversations;
        this.records = records;
        this.clock = clock;
        this.dates = dates;
    }

    @ModelAttribute("kinds")
    ConversationKind[] kinds() {
        return ConversationKind.values();
    }

    @ModelAttribute("owners")
    ActionOwner[] owners() {
        return ActionOwner.values();
    }

    @ModelAttribute("reviewOutcomes")
    ActionPointStatus[] reviewOutcomes() {
        return ActionPointStatus.values();
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, actor, model);
        heldOnWindow(task, actor, model);
        ConversationForm form = ConversationForm.startingOn(LocalDate.now(clock));
        form.reviewing(openActionPoints(task, actor, model));
        model.addAttribute("conversation", form);
        return VIEW;
    }

    /**
     * The picker of the conversation's day offers what the domain admits, the trajectory's start up to today (the
     * field's window is the record's, {@code @RecordWindow}), the days the domain's refusal names.
     */
    private void heldOnWindow(WorkItem task, Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = caseload.trajectory(task.requireTrajectory(), actor).getStartDate();
        model.addAttribute("dateOfEntry", start == null ? today : start);
        model.addAttribute("today", today);
    }

    /** The action points earlier conversations agreed and nobody has reviewed yet: this one reviews them. */
    private List<ActionPoint> openActionPoints(WorkItem task, Actor actor, Model model) {
        List<ActionPoint> open = records.openActionPoints(task.requireTrajectory(), actor);
        model.addAttribute("openActionPoints", open);
        return open;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("conversation") ConversationForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, actor, model);
        openActionPoints(task, actor, model);
        heldOnWindow(task, actor, model);
        // One message per field: a date outside its window (InDateWindow) already says what is wrong.
        if (!form.nextComesAfter() && !result.hasFieldErrors("nextPlannedOn")) {
            result.rejectValue("nextPlannedOn", "conversation.nextPlannedOn.afterHeldOn");
        }
        form.rowsWithoutDueDate().forEach(i ->
                result.rejectValue("actionPoints[" + i + "].dueOn", "conversation.actionPoint.dueOn.required"));
        form.rowsDueBeforeConversation().stream()
                .filter(i -> !result.hasFieldErrors("actionPoints[" + i + "].dueOn")).forEach(i ->
                result.rejectValue("actionPoints[" + i + "].dueOn", "conversation.actionPoint.dueOn.beforeHeldOn"));
        if (result.hasErrors()) {
            form.keepAnEmptyRow();
            return VIEW;
        }
        try {
            conversations.complete(taskId, form.toReport(), actor);
            return screen.completed(task, actor, redirect);
        } catch (ConversationDateOutOfRangeException e) {
            result.rejectValue("heldOn", e.messageKey(),
                    new Object[]{dates.date(e.startDate()), dates.date(e.today())}, null);
        } catch (RefusedException e) {
            // An action point another conversation reviewed meanwhile, one due before the conversation: the list as
            // it is now, with what was typed.
            Refusals.reject(result, e);
        } catch (ConstraintViolationException e) {
            Violations.rejectInto(e, result);
        }
        form.keepAnEmptyRow();
        return VIEW;
    }
}
