package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.Payments;
import be.actraject.web.task.TaskScreen;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The office's reminder of an overdue invoice: what is open since when, the customer's contact, the payments so far;
 * completing it records the reminder (and how it went out), and the follow-up looks again after the interval.
 */
@Controller
@RequestMapping("/tasks/{taskId}/payment-reminder")
class ReminderController {

    private static final String VIEW = "invoice/reminder";
    private static final Set<UserTask> KIND = Set.of(UserTask.PAYMENT_REMINDER);

    private final TaskScreen screen;
    private final InvoiceTasks tasks;
    private final Payments payments;
    private final Customers customers;
    private final Clock clock;

    ReminderController(TaskScreen screen, InvoiceTasks tasks, Payments payments, Customers customers, Clock clock) {
        this.screen = screen;
        this.tasks = tasks;
        this.payments = payments;
        this.customers = customers;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KIND, actor, model);
        Invoice invoice = tasks.invoiceOf(taskId, actor);
        model.addAttribute("invoice", invoice);
        model.addAttribute("state", payments.of(invoice));
        model.addAttribute("customer", invoice.getCustomerId() == null ? null
                : customers.of(task.requireTrajectory(), actor).stream()
                .filter(c -> c.getId().equals(invoice.getCustomerId())).findFirst().orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        return VIEW;
    }

    @PostMapping
    String complete(@PathVariable String taskId, @RequestParam(required = false) String note, Actor actor,
                    Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        tasks.completeReminder(taskId, note, actor);
        return screen.completed(task, actor, redirect);
    }
}
