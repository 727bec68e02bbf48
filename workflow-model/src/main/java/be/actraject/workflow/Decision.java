package be.actraject.workflow;

/**
 * The choices of the decision tasks. Each task offers a subset ({@link UserTask#decisions()}); the gateways in the
 * models test {@link Variables#DECISION} against these names.
 */
public enum Decision {
    /** On to the next phase. */
    CONTINUE,
    /** The candidate is reoriented: the trajectory ends with that exit. */
    REORIENT,
    /** Prospecting is done: the invoicing phase starts. */
    START_INVOICING,
    /** More time in the current phase, or beyond a time limit. */
    EXTEND,
    /** The candidate starts as self-employed: the trajectory ends with that exit. */
    SELF_EMPLOYED,
    /** The candidate takes up salaried employment: the trajectory ends with that exit. */
    SALARIED,
    /** The candidate carries on inside an entrepreneurs' cooperative: the trajectory ends with that exit. */
    JOIN_COOPERATIVE,
    /** At a time limit: the trajectory ends with the exit the coordinator chooses. */
    END,
    /** An invoice is approved. */
    APPROVE,
    /** An invoice goes back with remarks, to be corrected. */
    SEND_BACK,
    /** An enrolment in a module that costs money is agreed. */
    AGREE,
    /** An enrolment in a module that costs money is refused, with the reason. */
    REFUSE
}
