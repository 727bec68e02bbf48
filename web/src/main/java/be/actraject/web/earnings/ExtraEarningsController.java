package be.actraject.web.earnings;

import be.actraject.bpmn.invoicing.InvoicingTasks;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.earnings.ActivityCosts;
import be.actraject.domain.earnings.ExtraEarningsStatements;
import be.actraject.domain.earnings.HoursAboveMonthException;
import be.actraject.domain.earnings.StatementExistsException;
import be.actraject.domain.earnings.StatementMonthNotBegunException;
import be.actraject.domain.earnings.StatementOutOfOrderException;
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

/**
 * The office's screen of the monthly extra-earnings statement: the month and the hours worked are typed, the ledger
 * computes the rest (paid revenue, costs, contribution, carried balance, cap, payout), shown first, drawn up on
 * confirmation.
 */
@Controller
@RequestMapping("/tasks/{taskId}/extra-earnings")
class ExtraEarningsController {

    private static final String VIEW = "earnings/extra-earnings";
    private static final Set<UserTask> KIND = Set.of(UserTask.EXTRA_EARNINGS_STATEMENT);

    private final TaskScreen screen;
    private final InvoicingTasks invoicing;
    private final ExtraEarningsStatements statements;
    private final ActivityCosts costs;
    private final TrajectoryParameters parameters;
    private final Cooperative cooperative;
    private final Clock clock;

    ExtraEarningsController(TaskScreen screen, InvoicingTasks invoicing, ExtraEarningsStatements statements,
                            ActivityCosts costs, TrajectoryParameters parameters, Cooperative cooperative,
                            Clock clock) {
        this.screen = screen;
        this.invoicing = invoicing;
        this.statements = statements;
        this.costs = costs;
        this.parameters = parameters;
        this.cooperative = cooperative;
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

    /** "Compute": what the statement would say, before it is drawn up. */
    @PostMapping(params = "preview")
    String preview(@PathVariable String taskId, @Valid @ModelAttribute("statement") ExtraEarningsForm form,
                   BindingResult result, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KIND, actor, model);
        rejectHoursAboveMonth(form, result);
        if (!result.hasErrors()) {
            try {
                model.addAttribute("preview", statements.preview(task.requireTrajectory(), form.getMonth(),
                        form.getHours(), parameters.getExtraEarningsCapPerHour(), actor));
            } catch (RuntimeException e) {
                reject(e, result);
            }
        }
        return show(task, actor, model);
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("statement") ExtraEarningsForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        rejectHoursAboveMonth(form, result);
        if (!result.hasErrors()) {
            try {
                invoicing.completeExtraEarnings(taskId, form.getMonth(), form.getHours(), actor);
                return screen.completed(task, actor, redirect);
            } catch (RuntimeException e) {
                reject(e, result);
            }
        }
        return show(task, actor, model);
    }

    /** The month's own ceiling (672 h in February 2026), once the hours are valid hours at all. */
    private static void rejectHoursAboveMonth(ExtraEarningsForm form, BindingResult result) {
        if (!result.hasFieldErrors("hours") && !result.hasFieldErrors("month")
                && HoursAboveMonthException.above(form.getMonth(), form.getHours())) {
            reject(new HoursAboveMonthException(form.getMonth(), form.getHours()), result);
        }
    }

    private static void reject(RuntimeException e, BindingResult result) {
        if (e instanceof HoursAboveMonthException h) {
            result.rejectValue("hours", "earnings.hoursAboveMonth", new Object[]{
                    HoursAboveMonthException.ceiling(h.month()).intValue(), h.month().lengthOfMonth(),
                    h.month().toString()}, null);
        } else if (e instanceof StatementExistsException) {
            result.rejectValue("month", "earnings.monthDone");
        } else if (e instanceof StatementMonthNotBegunException) {
            result.rejectValue("month", "earnings.monthFuture");
        } else if (e instanceof StatementOutOfOrderException o) {
            result.rejectValue("month", "earnings.outOfOrder", new Object[]{o.latest()}, null);
        } else {
            throw e;
        }
    }

    private String show(WorkItem task, Actor actor, Model model) {
        long trajectory = task.requireTrajectory();
        model.addAttribute("capPerHour", parameters.getExtraEarningsCapPerHour());
        model.addAttribute("contributionPercent", cooperative.getContributionPercent());
        model.addAttribute("statements", statements.of(trajectory, actor));
        model.addAttribute("costs", costs.of(trajectory, actor));
        return VIEW;
    }
}
