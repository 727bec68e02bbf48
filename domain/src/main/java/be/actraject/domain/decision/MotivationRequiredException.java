package be.actraject.domain.decision;

/** A decision without a motivation: refused, because the dossier must say why. */
public class MotivationRequiredException extends RuntimeException {

    public MotivationRequiredException() {
        super("A decision needs a motivation");
    }
}
