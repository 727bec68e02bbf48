package be.actraject.bpmn.task;

/**
 * Who has the next step of a candidate's trajectory (or a session's process) right after a task was completed, so
 * that the screen can say so instead of pointing at the worklist every time.
 *
 * @param kind   whose turn it is
 * @param holder for {@link Kind#PERSON} the colleague's display name, for {@link Kind#ROLE} the role's group id
 *               ({@code coordinator}, {@code coach}); null otherwise
 */
public record NextStep(Kind kind, String holder) {

    public enum Kind {
        /** An open task the actor holds or may claim: it is in their worklist. */
        YOURS,
        /** An open task a colleague holds. */
        PERSON,
        /** An open task for a role the actor does not have, such as the coordinator's. */
        ROLE,
        /** No task open, the trajectory waits for a time limit or a message. */
        WAITING,
        /** The trajectory has ended and its aftercare waits for the next follow-up. */
        AFTERCARE,
        /** The trajectory has ended, its aftercare too. */
        ENDED,
        /** No task open for a collective session yet: it waits for its day. */
        SESSION_WAITING,
        /** The collective session's process has ended (its attendance is registered): nothing more for it. */
        SESSION_ENDED
    }

    static NextStep of(Kind kind) {
        return new NextStep(kind, null);
    }
}
