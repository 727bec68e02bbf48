package be.actraject.domain.decision;

import be.actraject.domain.RefusedException;

/** A decision without a motivation: refused, because the dossier must say why. */
public class MotivationRequiredException extends RefusedException {

    public MotivationRequiredException() {
        super("decision.motivation.required", "A decision needs a motivation");
    }
}
