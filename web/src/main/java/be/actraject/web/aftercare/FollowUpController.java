package be.actraject.web.aftercare;

import be.actraject.bpmn.aftercare.AftercareTasks;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.AfterExitDayException;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.ContactDateOutOfRangeException;
import be.actraject.domain.aftercare.Situation;
import be.actraject.domain.aftercare.SituationDateOutOfRangeException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Dates;
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
import java.time.LocalDate;
import java.util.Set;

/** The screen of an aftercare follow-up: the former candidate's situation. */
@Controller
@RequestMapping("/tasks/{taskId}/aftercare-follow-up")
class FollowUpController {

    private static final String VIEW = "aftercare/follow-up";
    private static final Set<UserTask> KIND = Set.of(UserTask.AFTERCARE_FOLLOW_UP);

    private final TaskScreen screen;
    private final AftercareTasks aftercare;
    private final AftercareContacts contacts;
    private final Caseload caseload;
    private final Clock clock;
    private final Dates dates;

    FollowUpController(TaskScreen screen, AftercareTasks aftercare, AftercareContacts contacts, Caseload caseload,
                       Clock clock, Dates dates) {
        this.dates = dates;
        this.screen = screen;
        this.aftercare = aftercare;
        this.contacts = contacts;
        this.caseload = caseload;
        this.clock = clock;
    }

    @ModelAttribute("situations")
    Situation[] situations() {
        return Situation.values();
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, KIND, actor, model);
        FollowUpForm form = new FollowUpForm();
        form.setContactedOn(LocalDate.now(clock));
        model.addAttribute("followUp", form);
        return show(task, actor, model);
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("followUp") FollowUpForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        if (result.hasErrors()) {
            return show(task, actor, model);
        }
        try {
            aftercare.completeFollowUp(taskId, form.getContactedOn(), form.getSituation(), form.getSituationSince(),
                    form.getNote(), actor);
            return screen.completed(task, actor, redirect);
        } catch (ContactDateOutOfRangeException e) {
            result.rejectValue("contactedOn", e.messageKey(), days(e), null);
            e.alsoSince().ifPresent(since -> result.rejectValue("situationSince", since.messageKey(), days(since),
                    null));
        } catch (SituationDateOutOfRangeException e) {
            result.rejectValue("situationSince", e.messageKey(), days(e), null);
        }
        return show(task, actor, model);
    }

    /**
     * The page; both date pickers offer what the domain admits — the contact from the exit, the situation from the date
     * of entry, both up to today — so that the picker and the domain's one message name the same days.
     */
    private String show(WorkItem task, Actor actor, Model model) {
        Trajectory trajectory = caseload.trajectory(task.requireTrajectory(), actor);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("contacts", contacts.of(task.requireTrajectory(), actor));
        model.addAttribute("today", today);
        // An aftercare task follows an exit; without one the domain refuses every day, and the picker offers today.
        LocalDate exit = trajectory.getEndDate() == null ? today : trajectory.getEndDate();
        model.addAttribute("contactEarliest", exit);
        model.addAttribute("situationEarliest", trajectory.getEndDate() == null ? today
                : AftercareContacts.situationEarliest(trajectory));
        return VIEW;
    }

    private Object[] days(AfterExitDayException refused) {
        return new Object[]{dates.date(refused.exit()), dates.date(refused.today())};
    }
}
