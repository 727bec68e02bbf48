package be.actraject.web.decision;

import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.invoicing.InvoicingTasks;
import be.actraject.bpmn.prospecting.ProspectingTasks;
import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.web.system.Refusals;
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

/**
 * The screens of the decision tasks that record a choice and its motivation: the intake decision, the prospecting
 * review (with the logged prospecting activities) and the exit decision (with the candidate's invoices).
 */
@Controller
@RequestMapping({"/tasks/{taskId}/intake-decision", "/tasks/{taskId}/prospecting-review",
        "/tasks/{taskId}/exit-decision"})
class DecisionScreenController {

    private static final String VIEW = "decision/decision";
    private static final Set<UserTask> KINDS =
            EnumSet.of(UserTask.INTAKE_DECISION, UserTask.PROSPECTING_REVIEW, UserTask.INVOICING_EXIT_DECISION);

    private final TaskScreen screen;
    private final IntakeTasks intake;
    private final ProspectingTasks prospecting;
    private final InvoicingTasks invoicing;
    private final ProspectingActivities activities;
    private final Invoices invoices;

    DecisionScreenController(TaskScreen screen, IntakeTasks intake, ProspectingTasks prospecting,
                             InvoicingTasks invoicing, ProspectingActivities activities, Invoices invoices) {
        this.screen = screen;
        this.intake = intake;
        this.prospecting = prospecting;
        this.invoicing = invoicing;
        this.activities = activities;
        this.invoices = invoices;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KINDS, actor, model);
        model.addAttribute("decisionForm", new DecisionForm());
        return show(task, actor, model);
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KINDS, actor, model);
        UserTask kind = TaskScreen.kindOf(task);
        if (form.getDecision() != null && !kind.decisions().contains(form.getDecision())) {
            result.rejectValue("decision", "decision.required");
        }
        if (result.hasErrors()) {
            return show(task, actor, model);
        }
        try {
            switch (kind) {
                case INTAKE_DECISION -> intake.completeIntakeDecision(taskId, form.getDecision(),
                        form.getMotivation(), actor);
                case PROSPECTING_REVIEW -> prospecting.completeReview(taskId, form.getDecision(),
                        form.getMotivation(), actor);
                default -> invoicing.completeExitDecision(taskId, form.getDecision(), form.getMotivation(), actor);
            }
            return screen.completed(task, actor, redirect);
        } catch (DecisionRequiredException e) {
            result.rejectValue("decision", "decision.required");
        } catch (MotivationRequiredException e) {
            result.rejectValue("motivation", "decision.motivation.required");
        } catch (RefusedException e) {
            Refusals.reject(result, e);
        }
        return show(task, actor, model);
    }

    private String show(WorkItem task, Actor actor, Model model) {
        UserTask kind = TaskScreen.kindOf(task);
        model.addAttribute("decisions", kind.decisions());
        if (kind == UserTask.PROSPECTING_REVIEW) {
            model.addAttribute("activities", activities.of(task.requireTrajectory(), actor));
        }
        if (kind == UserTask.INVOICING_EXIT_DECISION) {
            model.addAttribute("invoices", invoices.of(task.requireTrajectory(), actor));
        }
        return VIEW;
    }
}
