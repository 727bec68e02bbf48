package be.actraject.domain.document;

import be.actraject.domain.RefusedException;

/** A file the dossier does not take: empty, too large, or not of an accepted type. */
public class DocumentRejectedException extends RefusedException {

    public enum Reason { EMPTY, TOO_LARGE, TYPE, NAME }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String detail) {
        super("document.refused." + reason, "Document refused (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
