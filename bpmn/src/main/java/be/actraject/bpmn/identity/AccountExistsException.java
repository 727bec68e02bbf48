package be.actraject.bpmn.identity;

import be.actraject.domain.RefusedException;

public class AccountExistsException extends RefusedException {

    public AccountExistsException(String userId) {
        super("accounts.exists", "An account " + userId + " exists already");
    }
}
