package be.actraject.bpmn.task;

import be.actraject.workflow.Phase;

import java.time.Instant;

/**
 * One open task as a worklist or a task screen shows it: the engine's task with what it is about — a candidate's
 * trajectory (with its phase), or, for the attendance of a collective session, a learning group's session.
 *
 * @param taskKey         the task definition key, which names the task in the message bundles and picks its screen
 * @param modelName       the name in the model, for a task the bundles do not know (a model changed in the browser)
 * @param subject         the candidate's name, or the learning group's for a session
 * @param trajectoryId    null for a session's task
 * @param candidateId     null for a session's task
 * @param sessionId       null unless the task concerns a collective session
 * @param daysInPhase     days since the trajectory entered its current phase, the first day counting as 1
 * @param daysLeft        days left before the time limit running in the phase; null when none runs
 * @param trajectoryEnded whether the trajectory has ended: its tasks are then the aftercare's
 * @param coach           the candidate's coach, or the coach leading the session's group; null before one is
 *                        assigned
 * @param followUp        when the holder means to look at the task again; null when not set
 * @param handedOverBy    who handed the task over to its holder, with {@code handOverNote}; null when nobody did
 */
public record WorkItem(
        String taskId,
        String taskKey,
        String modelName,
        Instant created,
        Instant due,
        String assignee,
        String subject,
        Long trajectoryId,
        Long candidateId,
        Long sessionId,
        Phase phase,
        long daysInPhase,
        Long daysLeft,
        boolean trajectoryEnded,
        String coach,
        Instant followUp,
        String handedOverBy,
        String handOverNote) {

    /** The stage a worklist groups the task under: a phase, the aftercare, or a learning group's session. */
    public static final String AFTERCARE = "AFTERCARE";
    public static final String SESSION = "SESSION";
    public static final String NONE = "NONE";

    public boolean isAssignedTo(String userId) {
        return userId.equals(assignee);
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    /** Whether the holder has put the task aside until a follow-up date still to come. */
    public boolean isWaitingForFollowUp(Instant now) {
        return followUp != null && followUp.isAfter(now);
    }

    /** The phase's name, {@link #AFTERCARE}, {@link #SESSION} or {@link #NONE}: what the phase filter matches. */
    public String stage() {
        if (trajectoryEnded) {
            return AFTERCARE;
        }
        if (phase != null) {
            return phase.name();
        }
        return sessionId != null ? SESSION : NONE;
    }

    /** The trajectory id of a task that must concern one; fails for a session's task. */
    public long requireTrajectory() {
        if (trajectoryId == null) {
            throw new TaskNotFoundException(taskId);
        }
        return trajectoryId;
    }
}
