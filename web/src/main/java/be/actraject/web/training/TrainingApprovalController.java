package be.actraject.web.training;

import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.training.TrainingApprovalTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Names;
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

/**
 * The coordinator's task "Opleiding goedkeuren": the module, its moment, its cost and who pays, the candidate, and
 * agree or refuse with a reason. The only way a paid enrolment is decided, so the process always knows.
 */
@Controller
@RequestMapping("/tasks/{taskId}/training-approval")
class TrainingApprovalController {

    private static final String VIEW = "training/approval";
    private static final Set<UserTask> KINDS = Set.of(UserTask.TRAINING_APPROVAL);

    private final TaskScreen screen;
    private final TrainingApprovalTasks approvals;
    private final Caseload caseload;
    private final Names names;

    TrainingApprovalController(TaskScreen screen, TrainingApprovalTasks approvals, Caseload caseload, Names names) {
        this.screen = screen;
        this.approvals = approvals;
        this.caseload = caseload;
        this.names = names;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KINDS, actor, model);
        model.addAttribute("approval", new TrainingApprovalForm());
        return show(task, actor, model);
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("approval") TrainingApprovalForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KINDS, actor, model);
        if (result.hasErrors()) {
            return show(task, actor, model);
        }
        // Read before the task is completed: its variables go with it.
        String module = approvals.enrolmentOf(taskId).getModule().getTitle();
        try {
            approvals.complete(taskId, form.getDecision(), form.getReason(), actor);
            return screen.completed(task, Flash.success("training.approval.done." + form.getDecision(), module),
                    redirect);
        } catch (DecisionRequiredException e) {
            result.rejectValue("decision", "decision.required");
        } catch (MotivationRequiredException e) {
            result.rejectValue("reason", "training.approval.reason.required");
        }
        return show(task, actor, model);
    }

    private String show(WorkItem task, Actor actor, Model model) {
        Enrolment enrolment = approvals.enrolmentOf(task.taskId());
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("requestedBy", names.of(enrolment.getRequestedBy()));
        model.addAttribute("candidate", caseload.trajectory(task.requireTrajectory(), actor).getCandidate());
        model.addAttribute("decisions", UserTask.TRAINING_APPROVAL.decisions());
        model.addAttribute("ruleFailed", approvals.ruleFailed(task.taskId()));
        return VIEW;
    }
}
