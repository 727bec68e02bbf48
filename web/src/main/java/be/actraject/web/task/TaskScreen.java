package be.actraject.web.task;

import be.actraject.bpmn.task.NextStep;
import be.actraject.bpmn.task.NextSteps;
import be.actraject.bpmn.task.NotYourTaskException;
import be.actraject.bpmn.task.TaskNotFoundException;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.web.system.Flash;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/** What every task screen does alike: show the task's header, insist on holding it to submit, and go back. */
@Component
public class TaskScreen {

    private final WorkItems workItems;
    private final NextSteps nextSteps;

    TaskScreen(WorkItems workItems, NextSteps nextSteps) {
        this.workItems = workItems;
        this.nextSteps = nextSteps;
    }

    /** Puts the task in the model as {@code task}; refuses tasks the actor may not look at. */
    public WorkItem show(String taskId, Actor actor, Model model) {
        WorkItem item = workItems.find(taskId, actor);
        model.addAttribute("task", item);
        UserTask.byKey(item.taskKey()).ifPresent(k -> model.addAttribute("screenPath", TaskScreens.pathOf(k)));
        return item;
    }

    /** As {@link #show}, for a submission: only the holder of a task may complete it. */
    public WorkItem requireHeld(String taskId, Actor actor, Model model) {
        WorkItem item = show(taskId, actor, model);
        if (!item.isAssignedTo(actor.userId())) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        return item;
    }

    /** As {@link #requireHeld}, for a screen that serves only some kinds of task: another kind is not found. */
    public WorkItem requireHeld(String taskId, Set<UserTask> kinds, Actor actor, Model model) {
        WorkItem item = requireHeld(taskId, actor, model);
        requireKind(item, kinds);
        return item;
    }

    /** As {@link #show}, for a screen that serves only some kinds of task. */
    public WorkItem show(String taskId, Set<UserTask> kinds, Actor actor, Model model) {
        WorkItem item = show(taskId, actor, model);
        requireKind(item, kinds);
        return item;
    }

    private static void requireKind(WorkItem item, Set<UserTask> kinds) {
        if (kinds.stream().noneMatch(k -> k.key().equals(item.taskKey()))) {
            throw new TaskNotFoundException(item.taskId());
        }
    }

    /** The kind of an open task. */
    public static UserTask kindOf(WorkItem item) {
        return UserTask.byKey(item.taskKey()).orElseThrow(() -> new TaskNotFoundException(item.taskId()));
    }

    /**
     * After a completed task: back to the worklist, saying who has the next step — the actor, a colleague, the
     * coordinator — or that the trajectory waits or has ended.
     */
    public String completed(WorkItem item, Actor actor, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("task.completed", item.subject()));
        nextSteps.after(item.taskId(), actor).ifPresent(next -> redirect.addFlashAttribute(Flash.NEXT,
                Flash.success(nextKey(next), next.holder())));
        return "redirect:/tasks";
    }

    /**
     * After a completed task whose own outcome is the news: that outcome in place of the next step. For a decision
     * that ends a side process (a training approval), the trajectory's next step would say no task is open, which
     * answers a question the user did not ask.
     */
    public String completed(WorkItem item, Flash outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("task.completed", item.subject()));
        redirect.addFlashAttribute(Flash.NEXT, outcome);
        return "redirect:/tasks";
    }

    private static String nextKey(NextStep next) {
        String key = "task.next." + next.kind();
        if (next.kind() == NextStep.Kind.ROLE) {
            return key + "." + Role.byGroupId(next.holder()).map(Role::name).orElse(Role.COORDINATOR.name());
        }
        return key;
    }
}
