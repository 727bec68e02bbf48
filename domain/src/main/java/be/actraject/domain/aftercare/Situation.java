package be.actraject.domain.aftercare;

/** A former candidate's situation at a follow-up: what survival is reported from. */
public enum Situation {
    SELF_EMPLOYED_ACTIVE,
    SALARIED,
    LOOKING_FOR_WORK,
    OTHER
}
