package be.actraject.bpmn.identity;

public class AccountExistsException extends RuntimeException {

    public AccountExistsException(String userId) {
        super("An account " + userId + " exists already");
    }
}
