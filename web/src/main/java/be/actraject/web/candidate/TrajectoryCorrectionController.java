package be.actraject.web.candidate;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.trajectory.CoachChange;
import be.actraject.bpmn.trajectory.EntryDateChange;
import be.actraject.bpmn.trajectory.UnknownCoachException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.CorrectionRefusedException;
import be.actraject.domain.trajectory.EntryDateCorrections;
import be.actraject.domain.trajectory.EntryDateOutsideWindowException;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Dates;
import be.actraject.web.system.Flash;
import be.actraject.workflow.Role;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator's corrections of a running trajectory from the dossier, each with a reason: another coach (the open
 * tasks follow) and another date of entry (the phases 1–3 limit and its timers move).
 */
@Controller
class TrajectoryCorrectionController {

    private final Caseload caseload;
    private final Accounts accounts;
    private final CoachChange coachChange;
    private final EntryDateChange entryDateChange;
    private final EntryDateCorrections entryDates;
    private final Dates dates;

    TrajectoryCorrectionController(Caseload caseload, Accounts accounts, CoachChange coachChange,
                                   EntryDateChange entryDateChange, EntryDateCorrections entryDates, Dates dates) {
        this.caseload = caseload;
        this.accounts = accounts;
        this.coachChange = coachChange;
        this.entryDateChange = entryDateChange;
        this.entryDates = entryDates;
        this.dates = dates;
    }

    @GetMapping("/candidates/{candidateId}/coach")
    String initCoachChange(@PathVariable long candidateId, Actor actor, Model model) {
        Trajectory trajectory = running(candidateId, actor, model);
        CoachChangeForm form = new CoachChangeForm();
        form.setCoach(trajectory.getCoach());
        model.addAttribute("coachChange", form);
        return showCoachChange(model);
    }

    @PostMapping("/candidates/{candidateId}/coach")
    String processCoachChange(@PathVariable long candidateId,
                              @Valid @ModelAttribute("coachChange") CoachChangeForm form, BindingResult result,
                              Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = running(candidateId, actor, model);
        if (result.hasErrors()) {
            return showCoachChange(model);
        }
        try {
            int moved = coachChange.change(trajectory.getId(), form.getCoach(), form.getReason(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("correction.coach.saved",
                    accounts.displayNames().getOrDefault(form.getCoach(), form.getCoach()), moved));
            return "redirect:/candidates/" + candidateId;
        } catch (UnknownCoachException e) {
            result.rejectValue("coach", "candidate.coach.unknown");
        } catch (CorrectionRefusedException e) {
            reject(result, e, "coach");
        }
        return showCoachChange(model);
    }

    private String showCoachChange(Model model) {
        model.addAttribute("coaches", accounts.members(Role.COACH));
        return "candidates/coach-change";
    }

    @GetMapping("/candidates/{candidateId}/date-of-entry")
    String initEntryDate(@PathVariable long candidateId, Actor actor, Model model) {
        Trajectory trajectory = running(candidateId, actor, model);
        EntryDateForm form = new EntryDateForm();
        form.setDateOfEntry(trajectory.getStartDate());
        model.addAttribute("entryDate", form);
        return "candidates/entry-date";
    }

    @PostMapping("/candidates/{candidateId}/date-of-entry")
    String processEntryDate(@PathVariable long candidateId, @Valid @ModelAttribute("entryDate") EntryDateForm form,
                            BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = running(candidateId, actor, model);
        if (result.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "entryDate",
                    EntryDateRefusal.inExactWindow(result, (EntryDateCorrections.Window) model.getAttribute("window"),
                            dates));
            return "candidates/entry-date";
        }
        try {
            var limit = entryDateChange.correct(trajectory.getId(), form.getDateOfEntry(), form.getReason(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, limit
                    .map(day -> Flash.success("correction.dateOfEntry.saved", dates.date(day)))
                    .orElseGet(() -> Flash.success("correction.dateOfEntry.savedNoLimit")));
            return "redirect:/candidates/" + candidateId;
        } catch (EntryDateOutsideWindowException e) {
            result.rejectValue("dateOfEntry", e.messageKey(),
                    new Object[]{dates.date(e.earliest()), dates.date(e.latest())}, null);
        } catch (CorrectionRefusedException e) {
            reject(result, e, "dateOfEntry");
        }
        return "candidates/entry-date";
    }

    /**
     * A refused correction on its form, with what was typed: a missing reason beside the reason, a change made by
     * someone else meanwhile above the form (it is about the whole dossier), the others beside the corrected field.
     */
    private static void reject(BindingResult result, CorrectionRefusedException e, String field) {
        switch (e.reason()) {
            case REASON -> result.rejectValue("reason", e.messageKey(), e.messageArguments(), null);
            case CHANGED -> result.reject(e.messageKey(), e.messageArguments(), null);
            default -> result.rejectValue(field, e.messageKey(), e.messageArguments(), null);
        }
    }

    /** The candidate's running trajectory, for a coordinator; what every page of these shows of it. */
    private Trajectory running(long candidateId, Actor actor, Model model) {
        if (!actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "correct a trajectory");
        }
        Trajectory trajectory = caseload.currentOf(candidateId, actor);
        if (!trajectory.isActive()) {
            // A refusal with its message, not an error page: the link is not offered, but a bookmark may lead here.
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.ENDED);
        }
        model.addAttribute("candidate", trajectory.getCandidate());
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("window", entryDates.window(trajectory));
        model.addAttribute("people", accounts.displayNames());
        return trajectory;
    }
}
