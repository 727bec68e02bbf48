package be.actraject.bpmn.identity;

import be.actraject.domain.RefusedException;

/** A password shorter than {@link AccountAdministration#MINIMUM_PASSWORD_LENGTH}. */
public class WeakPasswordException extends RefusedException {

    public WeakPasswordException() {
        super("accounts.password.weak",
                "A password needs at least " + AccountAdministration.MINIMUM_PASSWORD_LENGTH + " characters",
                AccountAdministration.MINIMUM_PASSWORD_LENGTH);
    }
}
