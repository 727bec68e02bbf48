package be.actraject.web.task;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.review.ReviewTasks;
import be.actraject.bpmn.task.FollowUpInPastException;
import be.actraject.bpmn.task.HandOverChoices;
import be.actraject.bpmn.task.HandOverRefusedException;
import be.actraject.bpmn.task.TaskClaimedByOtherException;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.bpmn.task.WorklistSort;
import be.actraject.domain.access.Actor;
import be.actraject.web.system.DateOutsideWindowException;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.Flash;
import be.actraject.web.system.TypedDates;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The worklist: scopes, filters, counts and pages, and the changes made from it — claim, hand back, hand over,
 * follow-up date. Every change is a form that carries the list's URL ({@code back}) and redirects to the same
 * filtered list, which then shows it; a refusal comes back as a message with what was typed still in the form.
 */
@Controller
class WorklistController {

    /** The stages the phase filter offers, in the order of a trajectory. */
    static final List<String> STAGES = Stream.concat(Arrays.stream(Phase.values()).map(Phase::name),
            Stream.of("AFTERCARE", "SESSION")).toList();

    private final WorkItems workItems;
    private final TaskClaims claims;
    private final Accounts accounts;
    private final SelfEmploymentSignals signals;
    private final ReviewTasks reviews;
    private final HandOverChoices handOvers;
    private final Clock clock;

    WorklistController(WorkItems workItems, TaskClaims claims, Accounts accounts, SelfEmploymentSignals signals,
                       ReviewTasks reviews, HandOverChoices handOvers, Clock clock) {
        this.clock = clock;
        this.handOvers = handOvers;
        this.signals = signals;
        this.reviews = reviews;
        this.workItems = workItems;
        this.claims = claims;
        this.accounts = accounts;
    }

    @GetMapping("/tasks")
    String worklist(@ModelAttribute("filter") WorklistFilter filter, BindingResult unread, Actor actor,
                    Model model) {
        // A value that does not bind (?page=abc, an unknown scope) is left out, as on the candidate list: no 400.
        if (filter.getScope() == WorklistScope.ALL && !actor.has(Role.COORDINATOR)) {
            filter.setScope(WorklistScope.MINE);
        }
        var worklist = workItems.worklist(filter.toQuery(), actor);
        model.addAttribute("worklist", worklist);
        model.addAttribute("handOvers", handOvers.of(worklist.items(), actor));
        model.addAttribute("selfEmploymentSignals", signals.of(actor));
        model.addAttribute("selfEmploymentMonths", signals.months());
        model.addAttribute("people", accounts.displayNames());
        model.addAttribute("stages", STAGES);
        model.addAttribute("taskKinds", UserTask.values());
        model.addAttribute("sorts", WorklistSort.values());
        model.addAttribute("scopes", actor.has(Role.COORDINATOR) ? WorklistScope.values()
                : new WorklistScope[]{WorklistScope.MINE, WorklistScope.CLAIMABLE});
        model.addAttribute("coordinator", actor.has(Role.COORDINATOR));
        return "tasks/worklist";
    }

    /** Opens a task's screen, chosen by its task definition key; the URL stays the task's own. */
    @GetMapping("/tasks/{taskId}")
    String open(@PathVariable String taskId, Actor actor) {
        var item = workItems.find(taskId, actor);
        return UserTask.byKey(item.taskKey())
                .map(t -> "forward:/tasks/" + taskId + "/" + TaskScreens.pathOf(t))
                .orElseGet(() -> reviews.isReview(taskId) ? "forward:/tasks/" + taskId + "/review"
                        : "tasks/unknown-screen");
    }

    /**
     * Claims a task and goes back to the worklist, or to the task's own screen when it was claimed from there
     * ({@code next}, accepted only as a task path, so that the parameter cannot send anyone elsewhere).
     */
    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam(required = false) String next,
                 @RequestParam(required = false) String back, Actor actor, RedirectAttributes redirect) {
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
                    : Flash.warning("worklist.claimedByOther", displayName(holder)));
        }
        return "redirect:" + WorklistFilter.parse(back).url();
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @RequestParam(required = false) String back, Actor actor,
                   RedirectAttributes redirect) {
        claims.unclaim(taskId, actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("worklist.unclaimed"));
        return "redirect:" + WorklistFilter.parse(back).url();
    }

    @PostMapping("/tasks/{taskId}/hand-over")
    String handOver(@PathVariable String taskId, @RequestParam(required = false) String colleague,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String back,
                    Actor actor, RedirectAttributes redirect) {
        try {
            claims.handOver(taskId, colleague, note, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE,
                    Flash.success("worklist.handedOver", displayName(colleague)));
        } catch (HandOverRefusedException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(
                    e.messageKey(), displayName(colleague), TaskClaims.MAX_NOTE));
            redirect.addFlashAttribute("openForm", "handOver-" + taskId);
            redirect.addFlashAttribute("typedColleague", colleague);
            redirect.addFlashAttribute("typedNote", note);
        }
        return "redirect:" + WorklistFilter.parse(back).url();
    }

    @PostMapping("/tasks/{taskId}/follow-up")
    String followUp(@PathVariable String taskId, @RequestParam(required = false) String day,
                    @RequestParam(required = false) String back, Actor actor, RedirectAttributes redirect) {
        LocalDate typed;
        try {
            // As typed, so that a day that does not exist (2027-02-29) comes back with a message, not a 400 page.
            typed = TypedDates.iso(day);
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(TypedDates.INVALID));
            redirect.addFlashAttribute("openForm", "followUp-" + taskId);
            return "redirect:" + WorklistFilter.parse(back).url();
        }
        try {
            claims.followUp(taskId, TypedDates.within(typed, DateWindow.FOLLOW_UP, clock), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, typed == null
                    ? Flash.success("worklist.followUp.cleared") : Flash.success("worklist.followUp.set"));
        } catch (FollowUpInPastException | DateOutsideWindowException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, e instanceof DateOutsideWindowException outside
                    ? Flash.warning(outside.messageKey(), outside.messageArguments())
                    : Flash.warning("worklist.followUp.past"));
            redirect.addFlashAttribute("openForm", "followUp-" + taskId);
            redirect.addFlashAttribute("typedDay", typed);
        }
        return "redirect:" + WorklistFilter.parse(back).url();
    }

    private String displayName(String userId) {
        return userId == null ? "" : accounts.displayNames().getOrDefault(userId, userId);
    }
}
