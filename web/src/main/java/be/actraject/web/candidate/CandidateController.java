package be.actraject.web.candidate;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.bpmn.trajectory.UnknownCoachException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.DuplicateJobSeekerNumberException;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Violations;
import be.actraject.workflow.Role;
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

import java.time.Clock;
import java.time.LocalDate;

/** The caseload list (filtered, sorted and paged: {@link CandidateListPage}), the registration of a new candidate, and the dossier. */
@Controller
class CandidateController {

    private final CandidateListPage listPage;
    private final TrajectoryStart trajectoryStart;
    private final Accounts accounts;
    private final DossierPage dossierPage;
    private final Clock clock;

    CandidateController(CandidateListPage listPage, TrajectoryStart trajectoryStart, Accounts accounts,
                        DossierPage dossierPage, Clock clock) {
        this.listPage = listPage;
        this.trajectoryStart = trajectoryStart;
        this.accounts = accounts;
        this.dossierPage = dossierPage;
        this.clock = clock;
    }

    @GetMapping("/candidates")
    String list(@Valid @ModelAttribute("filter") CandidateListForm filter, BindingResult result, Actor actor,
                Model model) {
        listPage.fill(filter, result, actor, model);
        return "candidates/list";
    }

    @GetMapping("/candidates/new")
    String initRegistration(Actor actor, Model model) {
        RegistrationForm form = new RegistrationForm();
        form.setDateOfEntry(LocalDate.now(clock));
        if (actor.has(Role.COACH)) {
            form.setCoach(actor.userId());
        }
        model.addAttribute("registration", form);
        return showRegistration(model);
    }

    @PostMapping("/candidates/new")
    String processRegistration(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
                               Actor actor, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showRegistration(model);
        }
        try {
            var registered = trajectoryStart.register(form.toDetails(), form.coachOrNull(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE,
                    Flash.success("candidates.registered", form.getFirstName() + " " + form.getLastName()));
            return "redirect:/candidates/" + registered.candidateId();
        } catch (DuplicateJobSeekerNumberException e) {
            result.rejectValue("jobSeekerNumber", "candidate.jobSeekerNumber.duplicate");
        } catch (UnknownCoachException e) {
            result.rejectValue("coach", "candidate.coach.unknown");
        } catch (ConstraintViolationException e) {
            Violations.rejectInto(e, result);
        }
        return showRegistration(model);
    }

    private String showRegistration(Model model) {
        model.addAttribute("coaches", accounts.members(Role.COACH));
        return "candidates/registration";
    }

    @GetMapping("/candidates/{candidateId}")
    String dossier(@PathVariable long candidateId, Actor actor, Model model) {
        dossierPage.fill(candidateId, actor, model);
        return "candidates/dossier";
    }
}
