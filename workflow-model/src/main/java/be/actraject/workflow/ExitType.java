package be.actraject.workflow;

/**
 * How a trajectory ends. The first three are the successful outcomes of the domain document; {@link #STOPPED}
 * is the candidate leaving before any of them, which starts no aftercare.
 */
public enum ExitType {
    SELF_EMPLOYED,
    SALARIED,
    REORIENTED,
    STOPPED
}
