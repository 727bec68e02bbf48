package be.actraject.domain.invoice;

/** The units a line may count in, by their UN/ECE recommendation 20 code (which the e-invoice carries). */
public enum Unit {
    HOUR("HUR"),
    DAY("DAY"),
    PIECE("C62"),
    KILOMETRE("KMT"),
    LUMP_SUM("LS");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Unit of(String code) {
        for (Unit u : values()) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("No unit " + code);
    }
}
