package be.actraject.web.task;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.TaskClaimedByOtherException;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.web.system.Flash;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worklist, claiming and handing back. Every change redirects back to the list, which then shows it. */
@Controller
class WorklistController {

    private final WorkItems workItems;
    private final TaskClaims claims;
    private final Accounts accounts;

    WorklistController(WorkItems workItems, TaskClaims claims, Accounts accounts) {
        this.workItems = workItems;
        this.claims = claims;
        this.accounts = accounts;
    }

    @GetMapping("/tasks")
    String worklist(Actor actor, Model model) {
        model.addAttribute("worklist", workItems.worklist(actor));
        model.addAttribute("people", accounts.displayNames());
        return "tasks/worklist";
    }

    /** Opens a task's screen, chosen by its task definition key; the URL stays the task's own. */
    @GetMapping("/tasks/{taskId}")
    String open(@PathVariable String taskId, Actor actor) {
        var item = workItems.find(taskId, actor);
        return UserTask.byKey(item.taskKey())
                .map(t -> "forward:/tasks/" + taskId + "/" + TaskScreens.pathOf(t))
                .orElse("tasks/unknown-screen");
    }

    /**
     * Claims a task and goes back to the worklist, or to the task's own screen when it was claimed from there
     * ({@code next}, accepted only as a task path, so that the parameter cannot send anyone elsewhere).
     */
    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam(required = false) String next, Actor actor,
                 RedirectAttributes redirect) {
        try {
            claims.claim(taskId, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("worklist.claimed"));
            if (next != null && next.equals("/tasks/" + taskId)) {
                return "redirect:" + next;
            }
        } catch (TaskClaimedByOtherException e) {
            // The claim may have lost a race, in which case only a fresh read knows the winner.
            String holder = e.holder() != null ? e.holder() : workItems.holderOf(taskId);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, holder == null
                    ? Flash.warning("worklist.claimedByOtherUnknown")
                    : Flash.warning("worklist.claimedByOther", holder));
        }
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, Actor actor, RedirectAttributes redirect) {
        claims.unclaim(taskId, actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("worklist.unclaimed"));
        return "redirect:/tasks";
    }
}
