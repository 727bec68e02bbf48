package be.actraject.workflow;

/**
 * How a trajectory ends. The first three are the successful outcomes of the domain document; {@link #STOPPED}
 * is the candidate leaving before any of them, which starts no aftercare. {@link #JOINED_COOPERATIVE} is the
 * self-employed route carried on inside an entrepreneurs' cooperative (coopérative d'activités et d'emploi) rather
 * than alone: told apart so that survival can be read per route.
 */
public enum ExitType {
    SELF_EMPLOYED,
    SALARIED,
    REORIENTED,
    STOPPED,
    JOINED_COOPERATIVE
}
