package be.actraject.bpmn.parameters;

import be.actraject.domain.RefusedException;

/** A parameter change that cannot be made; nothing was changed. */
public class ParameterRefusedException extends RefusedException {

    public enum Reason {
        /** The value is not written as the parameter's type asks. */
        FORMAT,
        /** The value does not fit with the others (the check's words in the detail). */
        INVALID,
        /** The value is the current one. */
        UNCHANGED,
        /** No reason given. */
        NO_REASON
    }

    private final Reason reason;
    private final String detail;

    public ParameterRefusedException(Reason reason, String detail) {
        super("parameter.refused." + reason,
                "Parameter change refused: " + reason + (detail == null ? "" : " (" + detail + ")"),
                detail == null ? "" : detail);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
