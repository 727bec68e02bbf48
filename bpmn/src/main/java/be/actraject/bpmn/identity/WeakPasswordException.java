package be.actraject.bpmn.identity;

/** A password shorter than {@link AccountAdministration#MINIMUM_PASSWORD_LENGTH}. */
public class WeakPasswordException extends RuntimeException {

    public WeakPasswordException() {
        super("A password needs at least " + AccountAdministration.MINIMUM_PASSWORD_LENGTH + " characters");
    }
}
