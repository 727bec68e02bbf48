package be.actraject.bpmn.watch;

import be.actraject.domain.trajectory.Trajectory;

import java.time.Instant;

/**
 * One stuck thing: whose dossier it concerns (when known), what on the engine is stuck, since when, and the engine's
 * or the check's own words. Built by the factory of its kind, which says what each kind knows: a failed job has an
 * engine message, a trajectory past its limit has its phase, a lost trajectory has no engine element at all.
 *
 * @param kind   the list it belongs in
 * @param dossier the trajectory and candidate, {@link Dossier#UNKNOWN} when the engine names none we know
 * @param engine the task, job, instance and activity on the engine, {@link EngineElement#NONE} for a dossier alone
 * @param since  when it got stuck (created, last touched, due, failed); null for never
 * @param detail the engine's message, the phase, the message name or why an instance is orphaned; null for none
 */
public record StuckItem(StuckKind kind, Dossier dossier, EngineElement engine, Instant since, String detail) {

    /** The trajectory and its candidate. */
    public record Dossier(Long trajectoryId, Long candidateId, String candidateName) {

        /** Nothing the engine names, or a trajectory that does not exist. */
        public static final Dossier UNKNOWN = new Dossier(null, null, null);

        public static Dossier of(Trajectory trajectory) {
            return new Dossier(trajectory.getId(), trajectory.getCandidate().getId(),
                    trajectory.getCandidate().fullName());
        }

        /** A trajectory the engine names by its business key but the dossier does not hold (any more). */
        public static Dossier unknown(Long trajectoryId) {
            return new Dossier(trajectoryId, null, null);
        }
    }

    /**
     * What on the engine is stuck: the instance and where in it; the task (with its name and assignee) or the job.
     *
     * @param activityId the BPMN element: the failing activity, the waiting event, or the task's definition key
     */
    public record EngineElement(String processInstanceId, String activityId, String taskId, String taskName,
                                String assignee, String jobId) {

        /** Nothing on the engine: a trajectory in the dossier alone. */
        public static final EngineElement NONE = new EngineElement(null, null, null, null, null, null);

        public static EngineElement task(String processInstanceId, String taskDefinitionKey, String taskId,
                                         String taskName, String assignee) {
            return new EngineElement(processInstanceId, taskDefinitionKey, taskId, taskName, assignee, null);
        }

        /** A job; a timer's activity is not named (its instance is enough to fire it). */
        public static EngineElement job(String processInstanceId, String activityId, String jobId) {
            return new EngineElement(processInstanceId, activityId, null, null, null, jobId);
        }

        /** An instance waiting at an activity (an event), not a task or job. */
        public static EngineElement waiting(String processInstanceId, String activityId) {
            return new EngineElement(processInstanceId, activityId, null, null, null, null);
        }

        public static EngineElement instance(String processInstanceId) {
            return new EngineElement(processInstanceId, null, null, null, null, null);
        }
    }

    /** The same item, about this dossier (named once the rows of a page are read). */
    public StuckItem about(Dossier named) {
        return new StuckItem(kind, named, engine, since, detail);
    }

    /** A job that failed until no retries were left, with the engine's message. */
    public static StuckItem failedJob(Dossier dossier, EngineElement job, Instant failedAt, String message) {
        return new StuckItem(StuckKind.FAILED_JOB, dossier, job, failedAt, message);
    }

    public static StuckItem unclaimedTask(Dossier dossier, EngineElement task, Instant createdAt) {
        return new StuckItem(StuckKind.UNCLAIMED_TASK, dossier, task, createdAt, null);
    }

    public static StuckItem untouchedTask(Dossier dossier, EngineElement task, Instant touchedAt) {
        return new StuckItem(StuckKind.UNTOUCHED_TASK, dossier, task, touchedAt, null);
    }

    public static StuckItem overdueTask(Dossier dossier, EngineElement task, Instant dueAt) {
        return new StuckItem(StuckKind.OVERDUE_TASK, dossier, task, dueAt, null);
    }

    /** @param phase the phase whose limit passed, by name; null when the trajectory has none yet */
    public static StuckItem pastLimit(Dossier dossier, Instant limitAt, String phase) {
        return new StuckItem(StuckKind.PAST_LIMIT, dossier, EngineElement.NONE, limitAt, phase);
    }

    /** @param lastActivityAt the trajectory's last timeline entry; null for none ever */
    public static StuckItem idle(Dossier dossier, Instant lastActivityAt) {
        return new StuckItem(StuckKind.IDLE, dossier, EngineElement.NONE, lastActivityAt, null);
    }

    public static StuckItem overdueTimer(Dossier dossier, EngineElement timer, Instant dueAt) {
        return new StuckItem(StuckKind.OVERDUE_TIMER, dossier, timer, dueAt, null);
    }

    /** @param messageName the message the instance waits for, which the application never correlates */
    public static StuckItem unsentMessage(Dossier dossier, EngineElement waiting, Instant since, String messageName) {
        return new StuckItem(StuckKind.UNSENT_MESSAGE, dossier, waiting, since, messageName);
    }

    /** A running trajectory in the dossier with no trajectory process on the engine. */
    public static StuckItem noProcess(Dossier dossier) {
        return new StuckItem(StuckKind.NO_PROCESS, dossier, EngineElement.NONE, null, null);
    }

    /** @param why "no trajectory" with the business key, or "ended" with the trajectory's end date */
    public static StuckItem processWithoutTrajectory(Dossier dossier, EngineElement instance, String why) {
        return new StuckItem(StuckKind.PROCESS_WITHOUT_TRAJECTORY, dossier, instance, null, why);
    }

    public static StuckItem taskWithoutTrajectory(Dossier dossier, EngineElement task, Instant createdAt) {
        return new StuckItem(StuckKind.TASK_WITHOUT_TRAJECTORY, dossier, task, createdAt, null);
    }
}
