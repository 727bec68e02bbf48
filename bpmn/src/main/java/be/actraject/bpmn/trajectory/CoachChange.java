package be.actraject.bpmn.trajectory;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.PlannedConversations;
import be.actraject.domain.trajectory.CoachChanges;
import be.actraject.domain.trajectory.CorrectionRefusedException;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator gives a candidate another coach ({@link CoachChanges}), and the candidate's open coach tasks follow,
 * in the same transaction: those the old coach held and those still in the pool go to the new coach; a task handed
 * over to a colleague stays with that colleague, who took it on deliberately; coordinators' tasks stay theirs. The
 * conversations already planned go to the new coach too ({@link PlannedConversations#takeOver}).
 */
@Service
public class CoachChange {

    private final CoachChanges changes;
    private final Accounts accounts;
    private final TaskService tasks;
    private final PlannedConversations planned;

    public CoachChange(CoachChanges changes, Accounts accounts, TaskService tasks, PlannedConversations planned) {
        this.changes = changes;
        this.accounts = accounts;
        this.tasks = tasks;
        this.planned = planned;
    }

    /**
     * @param coach the new coach's user id
     * @return how many open tasks moved to the new coach
     * @throws UnknownCoachException when there is no coach by that user id
     * @throws CorrectionRefusedException as {@link CoachChanges#change}; {@code CHANGED} also when one of the
     *                                     candidate's open tasks changed meanwhile
     * @throws be.actraject.domain.access.NotPermittedException when the actor is not a coordinator
     */
    @Transactional
    public int change(long trajectoryId, String coach, String reason, Actor actor) {
        if (coach == null || !accounts.isMember(coach, Role.COACH)) {
            throw new UnknownCoachException(coach);
        }
        String before = changes.change(trajectoryId, coach, reason, actor);
        planned.takeOver(trajectoryId, actor.userId());
        int moved = 0;
        try {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.trajectory(trajectoryId))
                    .taskCandidateGroup(Role.COACH.groupId()).includeAssignedTasks().list()) {
                if (task.getAssignee() == null || task.getAssignee().equals(before)) {
                    tasks.setAssignee(task.getId(), coach);
                    moved++;
                }
            }
        } catch (OptimisticLockingException e) {
            // A task was claimed, completed or handed over meanwhile: the whole change rolls back, the form says so.
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.CHANGED);
        }
        return moved;
    }
}
