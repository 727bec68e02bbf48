package be.actraject.web.intake;

import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.InvalidScoresException;
import be.actraject.domain.assessment.ReferenceProfile;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.assessment.Scale;
import be.actraject.web.assessment.ScoreGrid;
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
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The screen of the task "Entre-spiegel": the twelve competency scores, grouped by their seven fields. */
@Controller
@RequestMapping("/tasks/{taskId}/entre-spiegel")
class EntreSpiegelController {

    private static final String VIEW = "intake/entre-spiegel";

    private final TaskScreen screen;
    private final IntakeTasks intake;
    private final TrajectoryParameters parameters;
    private final Clock clock;
    private final ReferenceProfiles profiles;
    private final Assessments assessments;

    EntreSpiegelController(TaskScreen screen, IntakeTasks intake, TrajectoryParameters parameters, Clock clock,
                           ReferenceProfiles profiles, Assessments assessments) {
        this.profiles = profiles;
        this.assessments = assessments;
        this.screen = screen;
        this.intake = intake;
        this.parameters = parameters;
        this.clock = clock;
    }

    @ModelAttribute
    void scale(Model model) {
        Scale scale = parameters.entreSpiegelScale();
        ScoreGrid.addTo(model, scale);
    }

    /** What the coach scores beside: the reference profile on today's scale, and the previous assessment. */
    private void beside(WorkItem task, Actor actor, Model model) {
        Scale scale = parameters.entreSpiegelScale();
        ReferenceProfile reference = profiles.current();
        Map<Competency, Integer> referenceScores = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            referenceScores.put(c, reference.scoreOn(c, scale));
        }
        model.addAttribute("referenceScores", referenceScores);
        model.addAttribute("previous", assessments.of(task.requireTrajectory(), actor).stream().findFirst()
                .orElse(null));
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        WorkItem task = screen.show(taskId, Set.of(UserTask.ENTRE_SPIEGEL), actor, model);
        beside(task, actor, model);
        EntreSpiegelForm form = new EntreSpiegelForm();
        form.setAssessedOn(LocalDate.now(clock));
        model.addAttribute("assessment", form);
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("assessment") EntreSpiegelForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, Set.of(UserTask.ENTRE_SPIEGEL), actor, model);
        beside(task, actor, model);
        Scale scale = parameters.entreSpiegelScale();
        if (!ScoreGrid.check(form.getScores(), scale, result) || result.hasErrors()) {
            return VIEW;
        }
        try {
            intake.completeEntreSpiegel(taskId, form.getAssessedOn(), form.getScores(), actor);
            return screen.completed(task, actor, redirect);
        } catch (InvalidScoresException e) {
            ScoreGrid.reject(e.competencies(), scale, result);
        }
        return VIEW;
    }
}
