package be.actraject.workflow;

/** The four phases of a trajectory, in their order. Phases 1–3 share one time limit, phase 4 has its own. */
public enum Phase {
    INTAKE,
    EXPLORATION,
    PROSPECTING,
    INVOICING;

    /** The number the domain document gives the phase (1–4). */
    public int number() {
        return ordinal() + 1;
    }
}
