package be.actraject.bpmn.task;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.parameters.CooperativeTime;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/** Claiming a task, handing it back or over to a colleague, and setting when to follow it up. */
@Service
public class TaskClaims {

    /** The longest hand-over note; the engine keeps it as the task's description (4000 characters at most). */
    public static final int MAX_NOTE = 1000;

    private final TaskService tasks;
    private final TaskLookup lookup;
    private final TaskRouting routing;
    private final Caseload caseload;
    private final TrajectoryProgress progress;
    private final LearningGroups groups;
    private final Accounts accounts;
    private final Timeline timeline;
    private final CooperativeTime time;
    private final ApplicationEventPublisher events;
    private final WorklistCounts counts;

    public TaskClaims(TaskService tasks, TaskLookup lookup, TaskRouting routing, Caseload caseload,
                      TrajectoryProgress progress, LearningGroups groups, Accounts accounts, Timeline timeline,
                      CooperativeTime time, ApplicationEventPublisher events, WorklistCounts counts) {
        this.events = events;
        this.counts = counts;
        this.groups = groups;
        this.accounts = accounts;
        this.timeline = timeline;
        this.time = time;
        this.tasks = tasks;
        this.lookup = lookup;
        this.routing = routing;
        this.caseload = caseload;
        this.progress = progress;
    }

    /**
     * Claims the task for the actor. A coach who claims a task of a candidate without a coach becomes that
     * candidate's coach, in the same transaction, and the candidate's other open tasks follow.
     *
     * <p>Who may not claim it is refused before being told who holds it: first whoever is not among the task's
     * candidates, then whoever may not see its candidate (or does not lead its learning group). Only then does a
     * colleague's hold answer — also to someone who saw the candidate in the pool until a colleague took the candidate
     * on a moment ago with this task or another of theirs ({@link TaskRouting#wasTakenFromPool}).
     *
     * @throws NotYourTaskException when the actor is not among the task's candidates, or does not lead the session's
     *                              learning group
     * @throws be.actraject.domain.access.NotInCaseloadException when the task's candidate is outside their caseload
     * @throws TaskClaimedByOtherException when a colleague holds it, also when they claimed it a moment ago
     */
    @Transactional
    public void claim(String taskId, Actor actor) {
        Task task = lookup.requireOpen(taskId);
        if (actor.userId().equals(task.getAssignee())) {
            return;
        }
        if (!lookup.isCandidate(task, actor)) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        String businessKey = lookup.businessKeyOf(task);
        Optional<Long> trajectoryId = BusinessKeys.trajectoryOf(businessKey);
        trajectoryId.ifPresent(id -> requireSees(id, taskId, actor));
        BusinessKeys.sessionOf(businessKey).ifPresent(sessionId -> requireLeads(sessionId, actor, taskId));
        if (task.getAssignee() != null) {
            throw new TaskClaimedByOtherException(taskId, task.getAssignee());
        }
        boolean fromPool = routing.isPoolTask(task);
        counts.forget(actor.userId());
        try {
            tasks.claim(taskId, actor.userId());
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskClaimedByOtherException(taskId, e.getTaskAssignee());
        } catch (OptimisticLockingException e) {
            throw new TaskClaimedByOtherException(taskId, null);
        }
        if (fromPool && actor.has(Role.COACH) && trajectoryId.isPresent()
                && progress.takeOver(trajectoryId.get(), actor.userId())) {
            routing.markTakenFromPool(taskId);
            routing.assignOpenTasksToCoach(trajectoryId.get(), actor.userId());
        }
    }

    /**
     * The caseload rule of reading. Outside it, only someone who lost the race for a candidate in the pool learns who
     * won: the candidate was theirs to see when they asked.
     */
    private void requireSees(long trajectoryId, String taskId, Actor actor) {
        try {
            caseload.trajectory(trajectoryId, actor);
        } catch (NotInCaseloadException e) {
            String holder = holderNow(taskId);
            if (holder != null && !holder.equals(actor.userId()) && routing.wasTakenFromPool(taskId)
                    && caseload.coachOf(trajectoryId).filter(holder::equals).isPresent()) {
                throw new TaskClaimedByOtherException(taskId, holder);
            }
            throw e;
        }
    }

    private String holderNow(String taskId) {
        Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
        return now == null ? null : now.getAssignee();
    }

    private void requireLeads(long sessionId, Actor actor, String taskId) {
        String coach = groups.session(sessionId).getGroup().getCoach();
        if (!actor.userId().equals(coach) && !actor.has(Role.COORDINATOR)) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
    }

    /**
     * Hands a task over to a colleague, with a note that their worklist shows. The holder or a coordinator may; the
     * colleague must be among the task's candidates (by their role) and be allowed to see its candidate, so that
     * they can open it. The note is also kept as the task's comment, and the trajectory's timeline tells it.
     *
     * @throws HandOverRefusedException when the colleague cannot take the task, or the note is missing or too long
     */
    @Transactional
    public void handOver(String taskId, String colleague, String note, Actor actor) {
        Task task = lookup.requireOpen(taskId);
        boolean holds = actor.userId().equals(task.getAssignee());
        if (!holds && !actor.has(Role.COORDINATOR)) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
            throw new HandOverRefusedException(HandOverRefusedException.Reason.NOTE, colleague);
        }
        Account target = accounts.find(colleague == null ? "" : colleague)
                .orElseThrow(() -> new HandOverRefusedException(HandOverRefusedException.Reason.UNKNOWN, colleague));
        // As a coach or a coordinator only, as the worklist offers them (HandOverChoices): a coach who also
        // administers the application does not take a colleague's candidate through that role.
        Actor receiver = new Actor(target.userId(), target.roles().stream()
                .filter(HandOverChoices.TAKING_ROLES::contains).collect(java.util.stream.Collectors.toSet()));
        if (target.userId().equals(task.getAssignee())) {
            throw new HandOverRefusedException(HandOverRefusedException.Reason.ALREADY_HOLDS, colleague);
        }
        if (!lookup.isCandidate(task, receiver)) {
            throw new HandOverRefusedException(HandOverRefusedException.Reason.NOT_CANDIDATE, colleague);
        }
        String businessKey = lookup.businessKeyOf(task);
        Optional<Long> trajectoryId = BusinessKeys.trajectoryOf(businessKey);
        boolean receiverSees = trajectoryId.map(id -> caseload.maySee(receiver, caseload.trajectory(id, actor)))
                .orElseGet(() -> BusinessKeys.sessionOf(businessKey)
                        .map(id -> receiver.has(Role.COORDINATOR)
                                || receiver.userId().equals(groups.session(id).getGroup().getCoach()))
                        .orElse(false));
        if (!receiverSees) {
            throw new HandOverRefusedException(HandOverRefusedException.Reason.OUTSIDE_CASELOAD, colleague);
        }
        counts.forget(actor.userId(), target.userId());
        task.setAssignee(target.userId());
        task.setOwner(actor.userId());
        task.setDescription(note.strip());
        save(task);
        tasks.createComment(taskId, task.getProcessInstanceId(), note.strip());
        trajectoryId.ifPresent(id -> timeline.record(id, TimelineKind.TASK_HANDED_OVER, actor.userId(),
                task.getTaskDefinitionKey() + " → " + target.userId()));
        events.publishEvent(new TaskHandedOver(taskId, task.getTaskDefinitionKey(), trajectoryId.orElse(null),
                target.userId(), actor.userId(), note.strip()));
    }

    /**
     * Sets the day the holder means to come back to the task (the worklist shows it and puts it aside until then),
     * or clears it. Only the holder or a coordinator may; the day is today or later.
     */
    @Transactional
    public void followUp(String taskId, LocalDate day, Actor actor) {
        Task task = lookup.requireOpen(taskId);
        if (!actor.userId().equals(task.getAssignee()) && !actor.has(Role.COORDINATOR)) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        if (day != null && day.isBefore(time.today())) {
            throw new FollowUpInPastException(day);
        }
        task.setFollowUpDate(day == null ? null : time.morningOf(day));
        save(task);
    }

    /** Saves a change to a task read in this transaction; refuses it when someone changed the task meanwhile. */
    private void save(Task task) {
        try {
            tasks.saveTask(task);
        } catch (OptimisticLockingException e) {
            throw new TaskChangedException(task.getId());
        }
    }

    /** Hands a task back to its candidates. Only its holder, or a coordinator, may. */
    @Transactional
    public void unclaim(String taskId, Actor actor) {
        Task task = lookup.requireOpen(taskId);
        if (task.getAssignee() == null) {
            return;
        }
        if (!task.getAssignee().equals(actor.userId()) && !actor.has(Role.COORDINATOR)) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        counts.forget(actor.userId(), task.getAssignee());
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw new TaskChangedException(taskId);
        }
    }
}
