package be.actraject.web.candidate;

import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateChangedException;
import be.actraject.domain.candidate.DuplicateJobSeekerNumberException;
import be.actraject.domain.trajectory.PersonalDataCorrections;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Violations;
import jakarta.validation.ConstraintViolationException;
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
 * The correction of a candidate's personal data from the dossier, by their coach or a coordinator. When a colleague
 * saved a correction meanwhile, the form comes back with what was typed, the saved values beside the fields that
 * differ, and the new version, so that saving again is a deliberate choice and nothing is lost.
 */
@Controller
class PersonalDataController {

    private final PersonalDataCorrections corrections;

    PersonalDataController(PersonalDataCorrections corrections) {
        this.corrections = corrections;
    }

    @GetMapping("/candidates/{candidateId}/personal-data")
    String initCorrection(@PathVariable long candidateId, Actor actor, Model model) {
        Candidate candidate = correctable(candidateId, actor).getCandidate();
        model.addAttribute("personalData", PersonalDataForm.of(candidate));
        model.addAttribute("candidate", candidate);
        return "candidates/personal-data";
    }

    @PostMapping("/candidates/{candidateId}/personal-data")
    String processCorrection(@PathVariable long candidateId,
                             @Valid @ModelAttribute("personalData") PersonalDataForm form, BindingResult result,
                             Actor actor, Model model, RedirectAttributes redirect) {
        Candidate candidate = correctable(candidateId, actor).getCandidate();
        model.addAttribute("candidate", candidate);
        if (result.hasErrors()) {
            return "candidates/personal-data";
        }
        try {
            var changed = corrections.correct(candidateId, form.toDetails(candidate.getDateOfEntry()),
                    form.getVersion(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, changed.isEmpty()
                    ? Flash.success("candidate.correction.unchanged")
                    : Flash.success("candidate.correction.saved", changed.size()));
            return "redirect:/candidates/" + candidateId;
        } catch (DuplicateJobSeekerNumberException e) {
            result.rejectValue("jobSeekerNumber", "candidate.jobSeekerNumber.duplicate");
        } catch (CandidateChangedException e) {
            Candidate now = corrections.trajectory(candidateId, actor).getCandidate();
            result.reject(e.messageKey());
            model.addAttribute("saved", PersonalDataForm.of(now));
            form.setVersion(now.getVersion());
        } catch (ConstraintViolationException e) {
            Violations.rejectInto(e, result);
        }
        return "candidates/personal-data";
    }

    /** The candidate's trajectory, when the actor may correct the personal data; refused before the form shows. */
    private Trajectory correctable(long candidateId, Actor actor) {
        return corrections.trajectory(candidateId, actor);
    }
}
