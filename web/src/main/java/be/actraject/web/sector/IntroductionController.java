package be.actraject.web.sector;

import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.sector.ExpertNotFoundException;
import be.actraject.domain.sector.Experts;
import be.actraject.domain.sector.IntroductionDateOutOfRangeException;
import be.actraject.domain.sector.Introductions;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Dates;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Refusals;
import be.actraject.workflow.Phase;
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
import java.time.LocalDate;

/**
 * "Voorstellen aan expert" from the dossier: the coach records that she introduced the candidate to an expert of
 * the register, which logs a prospecting activity. A refusal (outside the prospecting, say) is the form's message
 * with what was typed kept.
 */
@Controller
@RequestMapping("/candidates/{candidateId}/introductions/new")
class IntroductionController {

    private static final String VIEW = "sector/introduction";

    private final DossierChanges changes;
    private final Experts experts;
    private final Introductions introductions;
    private final Clock clock;
    private final Dates dates;

    IntroductionController(DossierChanges changes, Experts experts, Introductions introductions, Clock clock,
                           Dates dates) {
        this.changes = changes;
        this.experts = experts;
        this.introductions = introductions;
        this.clock = clock;
        this.dates = dates;
    }

    /**
     * Outside the prospecting the form is not offered, as the service refuses its submission then (it logs a
     * prospecting activity): a bookmark or an old tab goes back to the dossier, which says why.
     */
    @GetMapping
    String initForm(@PathVariable long candidateId, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = trajectory(candidateId, actor);
        if (!trajectory.isActive() || trajectory.getPhase() != Phase.PROSPECTING) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("introduction.closed"));
            return "redirect:/candidates/" + candidateId;
        }
        IntroductionForm form = new IntroductionForm();
        form.setIntroducedOn(LocalDate.now(clock));
        model.addAttribute("introduction", form);
        return view(candidateId, actor, model);
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @Valid @ModelAttribute("introduction") IntroductionForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = trajectory(candidateId, actor);
        if (!result.hasErrors()) {
            try {
                introductions.introduce(trajectory.getId(), form.getExpertId(), form.getIntroducedOn(),
                        form.getNote(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("introduction.recorded"));
                return "redirect:/candidates/" + candidateId;
            } catch (ExpertNotFoundException e) {
                result.rejectValue("expertId", "introduction.expert.unknown");
            } catch (IntroductionDateOutOfRangeException e) {
                result.rejectValue("introducedOn", e.messageKey(),
                        new Object[] {dates.date(e.dateOfEntry()), dates.date(e.today())}, null);
            } catch (RefusedException refused) {
                Refusals.reject(result, refused);
            }
        }
        return view(candidateId, actor, model);
    }

    /**
     * The form; its picker offers what the domain admits, the candidate's date of entry up to today (the field's
     * window is the record's, {@code @RecordWindow}), the days the domain's refusal names.
     */
    private String view(long candidateId, Actor actor, Model model) {
        Trajectory trajectory = trajectory(candidateId, actor);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("candidate", trajectory.getCandidate());
        model.addAttribute("dateOfEntry", trajectory.getStartDate() == null ? today : trajectory.getStartDate());
        model.addAttribute("today", today);
        model.addAttribute("experts", experts.search(null, actor));
        return VIEW;
    }

    /** The form is refused, as its submission is, to whoever may not change the candidate's coaching record. */
    private Trajectory trajectory(long candidateId, Actor actor) {
        return changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
    }
}
