package be.actraject.web.exploration;

import be.actraject.bpmn.exploration.ExplorationTasks;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.domain.access.Actor;
import be.actraject.domain.group.DuplicateGroupNameException;
import be.actraject.domain.group.GroupNotFoundException;
import be.actraject.domain.group.LearningGroups;
import be.actraject.web.task.TaskScreen;
import be.actraject.workflow.Role;
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

import java.util.Set;

/** The coordinator's screen of the task "learning-group placement". */
@Controller
@RequestMapping("/tasks/{taskId}/learning-group-placement")
class PlacementController {

    private static final String VIEW = "exploration/placement";
    private static final Set<UserTask> KIND = Set.of(UserTask.LEARNING_GROUP_PLACEMENT);

    private final TaskScreen screen;
    private final ExplorationTasks exploration;
    private final LearningGroups groups;
    private final Accounts accounts;

    PlacementController(TaskScreen screen, ExplorationTasks exploration, LearningGroups groups, Accounts accounts) {
        this.screen = screen;
        this.exploration = exploration;
        this.groups = groups;
        this.accounts = accounts;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("groups", groups.all());
        model.addAttribute("coaches", accounts.members(Role.COACH));
        model.addAttribute("people", accounts.displayNames());
    }

    @GetMapping
    String initForm(@PathVariable String taskId, Actor actor, Model model) {
        screen.show(taskId, KIND, actor, model);
        model.addAttribute("placement", new PlacementForm());
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable String taskId, @Valid @ModelAttribute("placement") PlacementForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        WorkItem task = screen.requireHeld(taskId, KIND, actor, model);
        if (form.wantsNewGroup()) {
            if (form.getNewGroupName() == null || form.getNewGroupName().isBlank()) {
                result.rejectValue("newGroupName", "placement.group.required");
            }
            if (form.getNewGroupCoach() == null || !accounts.isMember(form.getNewGroupCoach(), Role.COACH)) {
                result.rejectValue("newGroupCoach", "candidate.coach.unknown");
            }
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            if (form.wantsNewGroup()) {
                exploration.placeInNewGroup(taskId, form.getNewGroupName(), form.getNewGroupCoach(), actor);
            } else {
                exploration.placeInGroup(taskId, form.getGroupId(), actor);
            }
            return screen.completed(task, actor, redirect);
        } catch (DuplicateGroupNameException e) {
            result.rejectValue("newGroupName", "placement.group.duplicate");
        } catch (GroupNotFoundException e) {
            result.rejectValue("groupId", "placement.group.required");
        }
        return VIEW;
    }
}
