package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.InvalidInvoiceException;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.UnknownCustomerException;
import be.actraject.domain.invoice.CreditNoteRefusedException;
import be.actraject.domain.invoice.VatCaseRefusedException;
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

import java.util.List;
import java.util.Set;

/**
 * The correction of an invoice or credit note that was sent back, with the remarks beside it. A credit note keeps the
 * customer of the invoice it credits; only its reason and lines change.
 */
@Controller
@RequestMapping("/tasks/{taskId}/invoice-correction")
class CorrectionController {

    private static final String VIEW = "invoice/correction";
    private static final Set<UserTask> KIND = Set.of(UserTask.INVOICE_CORRECTION);

    private final TaskScreen screen;
    private final InvoiceTasks tasks;
    private final Customers customers;
    private final LineChoices choices;

    CorrectionController(TaskScreen screen, InvoiceTasks tasks, Customers customers, LineChoices choices) {
        this.screen = screen;
        this.tasks = tasks;
        this.customers = customers;
        this.choices = choices;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KIND, actor, model);
        InvoiceForm form = InvoiceForm.of(tasks.invoiceOf(taskId, actor).asDraft());
        form.addSpareLines(LinesForm.SPARE_LINES);
        model.addAttribute("invoice", form);
        return show(task, actor, model);
    }

    // With its BindingResult: a line typed "abc" comes back with its message and the form as typed, not a 400.
    @PostMapping(params = "addLines")
    String addLines(@PathVariable String taskId, @ModelAttribute("invoice") InvoiceForm form, BindingResult typed,
                    Actor actor,
                    Model model) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        form.addSpareLines(3);
        return show(task, actor, model);
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("invoice") InvoiceForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        Invoice sentBack = tasks.invoiceOf(taskId, actor);
        if (sentBack.isCreditNote()) {
            form.setCustomerId(sentBack.getCustomerId());
            form.setCustomerName(sentBack.getCustomerName());
        }
        List<Customer> recorded = customers.of(task.requireTrajectory(), actor);
        form.resolveCustomer(recorded, result);
        form.validateSupply(result);
        form.validateLines(result, choices.addTo(model));
        if (!result.hasErrors()) {
            try {
                tasks.completeCorrection(taskId, form.toDraft(), actor);
                return screen.completed(task, actor, redirect);
            } catch (UnknownCustomerException e) {
                result.rejectValue("customerId", "invoice.customer.unknown");
            } catch (VatCaseRefusedException e) {
                if (sentBack.isCreditNote()) {
                    // A credit note's form has no customer or supply fields: the refusal goes above it.
                    Refusals.reject(result, e);
                } else {
                    form.reject(e, result);
                }
            } catch (CreditNoteRefusedException e) {
                form.reject(e, result);
            } catch (RefusedException e) {
                Refusals.reject(result, e);
            } catch (InvalidInvoiceException e) {
                result.reject("einvoice.invalid." + e.reason());
            }
        }
        form.addSpareLines(1);
        return show(task, actor, model);
    }

    private String show(WorkItem task, Actor actor, Model model) {
        Invoice sentBack = tasks.invoiceOf(task.taskId(), actor);
        model.addAttribute("sentBack", sentBack);
        model.addAttribute("customers", sentBack.isCreditNote() ? List.of()
                : customers.of(task.requireTrajectory(), actor));
        choices.addTo(model);
        return VIEW;
    }
}
