package be.actraject.web.invoicing;

import be.actraject.bpmn.invoicing.InvoicingTasks;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.earnings.ExtraEarningsAboveCapException;
import be.actraject.domain.earnings.ExtraEarningsStatements;
import be.actraject.domain.earnings.StatementExistsException;
import be.actraject.domain.earnings.StatementMonthNotBegunException;
import be.actraject.domain.invoice.Invoices;
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

import java.time.Clock;
import java.time.YearMonth;
import java.util.Set;

/** The office's screen of the monthly extra-earnings statement, with the cap it must respect. */
@Controller
@RequestMapping("/tasks/{taskId}/extra-earnings")
class ExtraEarningsController {

    private static final String VIEW = "invoicing/extra-earnings";
    private static final Set<UserTask> KIND = Set.of(UserTask.EXTRA_EARNINGS_STATEMENT);

    private final TaskScreen screen;
    private final InvoicingTasks invoicing;
    private final ExtraEarningsStatements statements;
    private final Invoices invoices;
    private final TrajectoryParameters parameters;
    private final Clock clock;

    ExtraEarningsController(TaskScreen screen, InvoicingTasks invoicing, ExtraEarningsStatements statements,
                            Invoices invoices, TrajectoryParameters parameters, Clock clock) {
        this.screen = screen;
        this.invoicing = invoicing;
        this.statements = statements;
        this.invoices = invoices;
        this.parameters = parameters;
        this.clock = clock;
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KIND, actor, model);
        ExtraEarningsForm form = new ExtraEarningsForm();
        form.setMonth(YearMonth.now(clock).minusMonths(1));
        model.addAttribute("statement", form);
        return show(task, actor, model);
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("statement") ExtraEarningsForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        if (result.hasErrors()) {
            return show(task, actor, model);
        }
        try {
            invoicing.completeExtraEarnings(taskId, form.getMonth(), form.getHours(), form.getAmount(), actor);
            return screen.completed(task, redirect);
        } catch (ExtraEarningsAboveCapException e) {
            result.rejectValue("amount", "earnings.aboveCap", new Object[]{e.maximum().toPlainString()}, null);
        } catch (StatementExistsException e) {
            result.rejectValue("month", "earnings.monthDone");
        } catch (StatementMonthNotBegunException e) {
            result.rejectValue("month", "earnings.monthFuture");
        }
        return show(task, actor, model);
    }

    private String show(WorkItem task, Actor actor, Model model) {
        model.addAttribute("capPerHour", parameters.getExtraEarningsCapPerHour());
        model.addAttribute("statements", statements.of(task.requireTrajectory(), actor));
        model.addAttribute("invoices", invoices.of(task.requireTrajectory(), actor));
        return VIEW;
    }
}
