package be.actraject.bpmn.limits;

import be.actraject.bpmn.task.DecisionTasks;
import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.Decisions;
import be.actraject.domain.trajectory.TimeLimits;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

@Service
public class LimitTasks {

    private static final Set<UserTask> WARNINGS =
            EnumSet.of(UserTask.PRE_INVOICING_LIMIT_WARNING, UserTask.INVOICING_LIMIT_WARNING);
    private static final Set<UserTask> ESCALATIONS =
            EnumSet.of(UserTask.PRE_INVOICING_LIMIT_ESCALATION, UserTask.INVOICING_LIMIT_ESCALATION);
    /** An extension longer than this is a new trajectory, not an extension. */
    private static final Period LONGEST_EXTENSION = Period.ofMonths(6);

    private final TaskCompletion completion;
    private final DecisionTasks decisions;
    private final Decisions records;
    private final TimeLimits limits;

    public LimitTasks(TaskCompletion completion, DecisionTasks decisions, Decisions records, TimeLimits limits) {
        this.completion = completion;
        this.decisions = decisions;
        this.records = records;
        this.limits = limits;
    }

    /** The coach has seen the warning and says how the remaining time will be used. */
    @Transactional
    public void acknowledgeWarning(String taskId, UserTask kind, String plan, Actor coach) {
        requireIn(kind, WARNINGS);
        // A warning offers no decisions to route on: its plan is kept in the dossier as the coach's decision to go on.
        completion.complete(taskId, kind, coach, task -> {
            records.record(task.trajectoryId(), kind.key(), Decision.CONTINUE, null, plan, coach);
            return Map.of();
        });
    }

    /**
     * The coordinator at the limit: extend it by a period with a reason, or end the trajectory with an exit.
     */
    @Transactional
    public void decideAtLimit(String taskId, UserTask kind, Decision decision, Period extension, ExitType exit,
                              String motivation, Actor coordinator) {
        requireIn(kind, ESCALATIONS);
        completion.complete(taskId, kind, coordinator, task -> {
            Map<String, Object> variables = decisions.record(task.trajectoryId(), kind, decision, exit, motivation,
                    coordinator);
            if (decision == Decision.EXTEND) {
                if (extension == null || extension.isNegative() || extension.isZero()
                        || LocalDate.EPOCH.plus(extension).isAfter(LocalDate.EPOCH.plus(LONGEST_EXTENSION))) {
                    throw new InvalidExtensionException(LONGEST_EXTENSION);
                }
                limits.extend(task.trajectoryId(), kind.timeLimit().orElseThrow(), extension, coordinator);
            }
            return variables;
        });
    }

    private static void requireIn(UserTask kind, Set<UserTask> allowed) {
        if (!allowed.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not one of " + allowed);
        }
    }
}
