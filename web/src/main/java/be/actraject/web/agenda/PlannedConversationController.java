package be.actraject.web.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.agenda.NonexistentLocalTimeException;
import be.actraject.domain.agenda.PlannedConversation;
import be.actraject.domain.agenda.PlannedConversationInThePastException;
import be.actraject.domain.agenda.PlannedConversationOutOfWindowException;
import be.actraject.domain.agenda.PlannedConversations;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryEndedException;
import be.actraject.web.system.Dates;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.Flash;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Planning a conversation from the dossier, and moving or cancelling it (from the dossier or the agenda). Whoever
 * may not change the candidate's coaching record is refused by {@link DossierChanges} and the service (403).
 */
@Controller
class PlannedConversationController {

    private static final String FORM = "agenda/plan";

    private final PlannedConversations planned;
    private final DossierChanges changes;
    private final Dates dates;
    private final Clock clock;

    PlannedConversationController(PlannedConversations planned, DossierChanges changes, Dates dates, Clock clock) {
        this.planned = planned;
        this.changes = changes;
        this.dates = dates;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    ConversationKind[] kinds() {
        return ConversationKind.values();
    }

    @GetMapping("/candidates/{candidateId}/planned-conversations/new")
    String newForm(@PathVariable long candidateId, Actor actor, Model model) {
        PlanConversationForm form = new PlanConversationForm();
        form.setStartsAt(LocalDate.now(clock).plusDays(7).atTime(10, 0));
        model.addAttribute("plan", form);
        return showForm(changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor), null, model);
    }

    @PostMapping("/candidates/{candidateId}/planned-conversations/new")
    String plan(@PathVariable long candidateId, @Valid @ModelAttribute("plan") PlanConversationForm form,
                BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PlannedConversation p = planned.plan(candidateId, form.getStartsAt(), form.getKind(),
                        form.getPlace(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("agenda.plan.planned",
                        dates.dateTime(p.getStartsAt())));
                return "redirect:/candidates/" + candidateId;
            } catch (PlannedConversationOutOfWindowException e) {
                rejectWindow(result);
            } catch (PlannedConversationInThePastException e) {
                // The day window lets today through; the domain refuses an hour of today already past.
                result.rejectValue("startsAt", e.messageKey());
            } catch (NonexistentLocalTimeException e) {
                // The form's constraint refuses it first; this keeps the domain's own refusal beside the field too.
                result.rejectValue("startsAt", e.messageKey());
            } catch (TrajectoryEndedException e) {
                // The candidate left while the form was open: say so above what was typed.
                result.reject(e.messageKey());
            }
        }
        return showForm(changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor), null, model);
    }

    /**
     * The form to move a planned conversation; after the candidate's exit only its cancellation, so that the coach
     * can take it out of her agenda and calendar.
     */
    @GetMapping("/planned-conversations/{id}/edit")
    String editForm(@PathVariable long id, Actor actor, Model model) {
        PlannedConversation p = planned.get(id, actor);
        PlanConversationForm form = new PlanConversationForm();
        form.setStartsAt(LocalDateTime.ofInstant(p.getStartsAt(), clock.getZone()));
        form.setKind(p.getKind());
        form.setPlace(p.getPlace());
        model.addAttribute("plan", form);
        Trajectory trajectory = changes.trajectory(p.getTrajectoryId(), DossierChange.COACHING_RECORD, actor);
        model.addAttribute("ended", !trajectory.isActive());
        return showForm(trajectory, p, model);
    }

    @PostMapping("/planned-conversations/{id}/edit")
    String change(@PathVariable long id, @Valid @ModelAttribute("plan") PlanConversationForm form,
                  BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        PlannedConversation p = planned.get(id, actor);
        Trajectory trajectory = toChange(p, actor);
        if (!result.hasErrors()) {
            try {
                PlannedConversation moved = planned.change(id, form.getStartsAt(), form.getKind(),
                        form.getPlace(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("agenda.plan.changed",
                        dates.dateTime(moved.getStartsAt())));
                return "redirect:/candidates/" + trajectory.getCandidate().getId();
            } catch (PlannedConversationOutOfWindowException e) {
                rejectWindow(result);
            } catch (PlannedConversationInThePastException e) {
                // The day window lets today through; the domain refuses an hour of today already past.
                result.rejectValue("startsAt", e.messageKey());
            } catch (NonexistentLocalTimeException e) {
                // The form's constraint refuses it first; this keeps the domain's own refusal beside the field too.
                result.rejectValue("startsAt", e.messageKey());
            }
        }
        return showForm(trajectory, p, model);
    }

    @PostMapping("/planned-conversations/{id}/cancel")
    String cancel(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        PlannedConversation p = planned.get(id, actor);
        long candidateId = changes.trajectory(p.getTrajectoryId(), DossierChange.COACHING_RECORD, actor)
                .getCandidate().getId();
        planned.cancel(id, actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("agenda.plan.cancelled",
                dates.dateTime(p.getStartsAt())));
        return "redirect:/candidates/" + candidateId;
    }

    /** The trajectory, if the actor may change its coaching record: refused (403) before any form is shown again. */
    private Trajectory toChange(PlannedConversation p, Actor actor) {
        return changes.activeTrajectory(p.getTrajectoryId(), DossierChange.COACHING_RECORD, actor);
    }

    private void rejectWindow(BindingResult result) {
        LocalDate today = LocalDate.now(clock);
        // The window's own message and bounds, which the input's min and max show too.
        result.rejectValue("startsAt", DateWindow.PLANNED_CONVERSATION.messageKey(),
                DateWindow.PLANNED_CONVERSATION.messageArguments(today), null);
    }

    private static String showForm(Trajectory trajectory, PlannedConversation existing, Model model) {
        model.addAttribute("candidate", trajectory.getCandidate());
        model.addAttribute("existing", existing);
        return FORM;
    }
}
