package be.actraject.domain.assessment;

/** The twelve generic competencies of the Entre-spiegel, in their seven fields, in the order of the instrument. */
public enum Competency {
    PERSEVERANCE(1),
    SELF_KNOWLEDGE(1),
    SENSE_OF_PROFITABILITY(2),
    DECISIVENESS(2),
    INDEPENDENCE(3),
    FORWARD_PLANNING(3),
    PERSUASIVENESS(4),
    NETWORKING(4),
    SPOTTING_OPPORTUNITIES(5),
    MARKET_INSIGHT(5),
    SOLIDARITY_AND_ENVIRONMENTAL_CARE(6),
    LEARNING_ORIENTATION(7);

    private final int field;

    Competency(int field) {
        this.field = field;
    }

    /** The field (1–7) the competency belongs to. */
    public int field() {
        return field;
    }
}
