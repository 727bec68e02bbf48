package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;

/** An expert with this e-mail address is in the register already: one person, one entry, one introduction history. */
public class DuplicateExpertException extends RefusedException {

    public DuplicateExpertException(String email) {
        super("expert.duplicate", "An expert with e-mail " + email + " is registered already", email);
    }
}
