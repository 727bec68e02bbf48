package be.actraject.web.admin;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.watch.RepairRefusedException;
import be.actraject.bpmn.watch.Repairs;
import be.actraject.bpmn.watch.StuckKind;
import be.actraject.bpmn.watch.StuckTrajectories;
import be.actraject.domain.access.Actor;
import be.actraject.web.system.Flash;
import be.actraject.web.system.TypedDates;
import be.actraject.workflow.ExitType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The administrators' watch: every kind of stuck trajectory with its count and first rows, each kind's rows page by
 * page on an address of its own ({@code /admin/stuck?kind=UNCLAIMED_TASK&page=2}), and the repairs — one address
 * per repair, each with a reason, each audited; a refused repair (by its form or by the repair) comes back with its
 * reason above the lists and what was typed in its row.
 */
@Controller
class StuckController {

    private static final String WATCH = "redirect:/admin/stuck";

    private final StuckTrajectories stuck;
    private final Repairs repairs;
    private final Accounts accounts;

    StuckController(StuckTrajectories stuck, Repairs repairs, Accounts accounts) {
        this.stuck = stuck;
        this.repairs = repairs;
        this.accounts = accounts;
    }

    /**
     * The overview (every kind's count and first rows), or with {@code kind} one page of that kind alone ({@code page}
     * from 1; below 1 is the first).
     */
    @GetMapping("/admin/stuck")
    String show(@RequestParam(required = false) StuckKind kind, @RequestParam(defaultValue = "1") int page,
                Actor actor, Model model) {
        model.addAttribute("watch", kind == null ? stuck.overview(actor) : stuck.ofKind(actor, kind, Math.max(1, page)));
        model.addAttribute("exits", ExitType.values());
        model.addAttribute("people", accounts.displayNames());
        return "admin/stuck";
    }

    /**
     * Where a repair's form was posted from: a kind's page sends its kind and page along (hidden fields), so that the
     * answer — the refusal with what was typed, or the success — shows that page again, not the overview, on which a
     * row of a later page is not.
     */
    @ModelAttribute("returnTo")
    WatchPlace returnTo(@RequestParam(name = "returnKind", required = false) StuckKind kind,
                        @RequestParam(name = "returnPage", defaultValue = "1") int page) {
        return new WatchPlace(kind, Math.max(1, page));
    }

    /** @param kind null for the overview */
    record WatchPlace(StuckKind kind, int page) {

        String redirect() {
            return kind == null ? WATCH : WATCH + "?kind=" + kind.name() + "&page=" + page;
        }
    }

    @PostMapping("/admin/stuck/jobs/{jobId}/retry")
    String retry(@PathVariable String jobId, @Valid @ModelAttribute("repair") ReasonForm form, BindingResult result,
                 Actor actor, Model model, RedirectAttributes redirect) {
        return attempt(new Attempt("retry", jobId, form, result),
                () -> repairs.retryJob(jobId, form.reason(), actor), actor, model, redirect);
    }

    @PostMapping("/admin/stuck/jobs/retry-all")
    String retryAll(@Valid @ModelAttribute("repair") ReasonForm form, BindingResult result, Actor actor, Model model,
                    RedirectAttributes redirect) {
        return attempt(new Attempt("retryAll", null, form, result),
                () -> repairs.retryAllFailed(form.reason(), actor), actor, model, redirect);
    }

    @PostMapping("/admin/stuck/jobs/{jobId}/fire")
    String fire(@PathVariable String jobId, @Valid @ModelAttribute("repair") ReasonForm form, BindingResult result,
                Actor actor, Model model, RedirectAttributes redirect) {
        return attempt(new Attempt("fire", jobId, form, result),
                () -> repairs.fireTimer(jobId, form.reason(), actor), actor, model, redirect);
    }

    @PostMapping("/admin/stuck/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @Valid @ModelAttribute("repair") ReasonForm form,
                   BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        return attempt(new Attempt("unclaim", taskId, form, result),
                () -> repairs.unclaim(taskId, form.reason(), actor), actor, model, redirect);
    }

    @PostMapping("/admin/stuck/tasks/{taskId}/reassign")
    String reassign(@PathVariable String taskId, @Valid @ModelAttribute("repair") ReassignForm form,
                    BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        return attempt(new Attempt("reassign", taskId, form, result),
                () -> repairs.reassign(taskId, form.userId(), form.reason(), actor), actor, model, redirect);
    }

    @PostMapping("/admin/stuck/tasks/{taskId}/escalate")
    String escalate(@PathVariable String taskId, @Valid @ModelAttribute("repair") ReasonForm form,
                    BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        return attempt(new Attempt("escalate", taskId, form, result),
                () -> repairs.escalate(taskId, form.reason(), actor), actor, model, redirect);
    }

    @PostMapping("/admin/stuck/tasks/{taskId}/postpone")
    String postpone(@PathVariable String taskId, @Valid @ModelAttribute("repair") PostponeForm form,
                    BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        return attempt(new Attempt("postpone", taskId, form, result),
                () -> repairs.postpone(taskId, form.due(), form.reason(), actor), actor, model, redirect);
    }

    @PostMapping("/admin/stuck/instances/{processInstanceId}/move")
    String move(@PathVariable String processInstanceId, @Valid @ModelAttribute("repair") MoveForm form,
                BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        return attempt(new Attempt("move", processInstanceId, form, result),
                () -> repairs.moveToken(processInstanceId, form.fromActivityId(), form.toActivityId(),
                        form.reason(), actor), actor, model, redirect);
    }

    @PostMapping("/admin/stuck/instances/{processInstanceId}/cancel")
    String cancel(@PathVariable String processInstanceId, @Valid @ModelAttribute("repair") ReasonForm form,
                  BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        return attempt(new Attempt("cancel", processInstanceId, form, result),
                () -> repairs.cancelInstance(processInstanceId, form.reason(), actor), actor, model, redirect);
    }

    @PostMapping("/admin/stuck/trajectories/{trajectoryId}/end")
    String end(@PathVariable long trajectoryId, @Valid @ModelAttribute("repair") EndForm form, BindingResult result,
               Actor actor, Model model, RedirectAttributes redirect) {
        return attempt(new Attempt("end", Long.toString(trajectoryId), form, result),
                () -> repairs.endTrajectory(trajectoryId, form.exit(), form.reason(), actor), actor, model, redirect);
    }

    /**
     * One repair as posted.
     *
     * @param name    the repair, naming its success message {@code stuck.repaired.<name>}
     * @param subject the task, job, instance or trajectory id of the row it was posted from; null for all failed jobs
     */
    private record Attempt(String name, String subject, RepairForm form, BindingResult result) {
    }

    /** Makes the repair when its form holds; back to the watch with a message, or the watch with the refusal. */
    private String attempt(Attempt attempt, Runnable repair, Actor actor, Model model, RedirectAttributes redirect) {
        if (attempt.result().hasErrors()) {
            // A date outside its window: the sentence names the window's days, which only the check knows.
            FieldError first = firstError(attempt.result());
            if ("InDateWindow".equals(first.getCode())) {
                model.addAttribute("refusalText", first.getDefaultMessage());
            }
            return refused(refusalOf(attempt.result()), attempt, actor, model);
        }
        try {
            repair.run();
        } catch (RepairRefusedException e) {
            return refused(e.messageKey(), attempt, actor, model);
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("stuck.repaired." + attempt.name()));
        return ((WatchPlace) model.getAttribute("returnTo")).redirect();
    }

    private String refused(String messageKey, Attempt attempt, Actor actor, Model model) {
        model.addAttribute("refusal", messageKey);
        model.addAttribute("failedAction", attempt.name());
        model.addAttribute("failedSubject", attempt.subject());
        model.addAttribute("typedReason", attempt.form().reason());
        model.addAttribute("typedUser", attempt.form().userId());
        model.addAttribute("typedTarget", attempt.form().toActivityId());
        WatchPlace place = (WatchPlace) model.getAttribute("returnTo");
        return show(place.kind(), place.page(), actor, model);
    }

    /**
     * The one sentence the watch shows for a form error: the reason's first, as the repairs check it first; a date
     * that is not one says so; every other constraint names its sentence's key as its message.
     */
    private static String refusalOf(BindingResult result) {
        FieldError error = firstError(result);
        if (error.isBindingFailure()) {
            return LocalDate.class.equals(result.getFieldType(error.getField())) ? TypedDates.INVALID : "typeMismatch";
        }
        String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
        return template.substring(1, template.length() - 1);
    }

    private static FieldError firstError(BindingResult result) {
        return result.getFieldErrors().stream()
                .min(Comparator.comparing(e -> !"reason".equals(e.getField()))).orElseThrow();
    }
}
