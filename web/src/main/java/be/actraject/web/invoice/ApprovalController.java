package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.invoicing.SelfEmploymentPolicy;
import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.Invoices;
import be.actraject.web.task.TaskScreen;
import be.actraject.workflow.Decision;
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
import java.util.List;
import java.util.Set;

/** The approval of an invoice, by the coach and, where the rule asks, the coordinator. */
@Controller
@RequestMapping("/tasks/{taskId}/invoice-approval")
class ApprovalController {

    private static final String VIEW = "invoice/approval";
    private static final Set<UserTask> KINDS =
            EnumSet.of(UserTask.INVOICE_APPROVAL_COACH, UserTask.INVOICE_APPROVAL_COORDINATOR);

    private final TaskScreen screen;
    private final InvoiceTasks tasks;
    private final Invoices invoices;
    private final Customers customers;
    private final SelfEmploymentPolicy selfEmployment;

    ApprovalController(TaskScreen screen, InvoiceTasks tasks, Invoices invoices, Customers customers,
                       SelfEmploymentPolicy selfEmployment) {
        this.screen = screen;
        this.tasks = tasks;
        this.invoices = invoices;
        this.customers = customers;
        this.selfEmployment = selfEmployment;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KINDS, actor, model);
        model.addAttribute("approval", new ApprovalForm());
        return show(task, actor, model);
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("approval") ApprovalForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KINDS, actor, model);
        if (form.getDecision() == Decision.SEND_BACK && (form.getRemarks() == null || form.getRemarks().isBlank())) {
            result.rejectValue("remarks", "invoice.remarks.required");
        }
        if (result.hasErrors()) {
            return show(task, actor, model);
        }
        try {
            tasks.completeApproval(taskId, TaskScreen.kindOf(task), form.getDecision(), form.getRemarks(), actor);
            return screen.completed(task, actor, redirect);
        } catch (DecisionRequiredException e) {
            result.rejectValue("decision", "decision.required");
        } catch (MotivationRequiredException e) {
            result.rejectValue("remarks", "invoice.remarks.required");
        }
        return show(task, actor, model);
    }

    private String show(WorkItem task, Actor actor, Model model) {
        model.addAttribute("decisions", List.of(Decision.APPROVE, Decision.SEND_BACK));
        // Only the coordinator's task can have come from a rule that failed.
        model.addAttribute("ruleFailed", TaskScreen.kindOf(task) == UserTask.INVOICE_APPROVAL_COORDINATOR
                && tasks.ruleFailed(task.taskId()));
        Invoice invoice = tasks.invoiceOf(task.taskId(), actor);
        long trajectory = task.requireTrajectory();
        model.addAttribute("invoice", invoice);
        model.addAttribute("customer", invoice.getCustomerId() == null ? null : customers.of(trajectory, actor)
                .stream().filter(c -> c.getId().equals(invoice.getCustomerId())).findFirst().orElse(null));
        model.addAttribute("credited", invoice.isCreditNote()
                ? invoices.invoice(invoice.getCreditedInvoiceId(), actor) : null);
        model.addAttribute("issuedBefore", invoices.issuedCount(trajectory));
        List<Invoice> ofTrajectory = invoices.of(trajectory, actor);
        model.addAttribute("turnover", Invoices.turnoverOf(ofTrajectory, null));
        SelfEmploymentPolicy.Reading reading = selfEmployment.weigh(ofTrajectory);
        model.addAttribute("recentTurnover", reading.turnover());
        model.addAttribute("recentMonths", reading.months());
        model.addAttribute("allInvoices", ofTrajectory);
        return VIEW;
    }
}
