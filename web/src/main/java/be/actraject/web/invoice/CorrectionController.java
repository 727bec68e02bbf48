package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.UnknownCustomerException;
import be.actraject.domain.invoice.VatRate;
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

import java.util.List;
import java.util.Set;

/** The correction of an invoice that was sent back, with the remarks beside it. */
@Controller
@RequestMapping("/tasks/{taskId}/invoice-correction")
class CorrectionController {

    private final Customers customers;

    private static final String VIEW = "invoice/correction";
    private static final Set<UserTask> KIND = Set.of(UserTask.INVOICE_CORRECTION);

    private final TaskScreen screen;
    private final InvoiceTasks tasks;

    CorrectionController(TaskScreen screen, InvoiceTasks tasks, Customers customers) {
        this.customers = customers;
        this.screen = screen;
        this.tasks = tasks;
    }

    @ModelAttribute("vatRates")
    VatRate[] vatRates() {
        return VatRate.values();
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KIND, actor, model);
        model.addAttribute("customers", customers.of(task.requireTrajectory(), actor));
        var invoice = tasks.invoiceOf(taskId, actor);
        model.addAttribute("sentBack", invoice);
        model.addAttribute("invoice", InvoiceForm.of(invoice.asDraft()));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("invoice") InvoiceForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        model.addAttribute("sentBack", tasks.invoiceOf(taskId, actor));
        List<Customer> recorded = customers.of(task.requireTrajectory(), actor);
        model.addAttribute("customers", recorded);
        form.resolveCustomer(recorded, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            tasks.completeCorrection(taskId, form.toDraft(), actor);
            return screen.completed(task, redirect);
        } catch (UnknownCustomerException e) {
            result.rejectValue("customerId", "invoice.customer.unknown");
        }
        return VIEW;
    }
}
