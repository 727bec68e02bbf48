package be.actraject.domain.document;

/** A file the dossier does not take: empty, too large, or not of an accepted type. */
public class DocumentRejectedException extends RuntimeException {

    public enum Reason { EMPTY, TOO_LARGE, TYPE, NAME }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String detail) {
        super("Document refused (" + reason + "): " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
