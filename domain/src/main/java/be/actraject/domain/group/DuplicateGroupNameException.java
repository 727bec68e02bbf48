package be.actraject.domain.group;

import be.actraject.domain.RefusedException;

public class DuplicateGroupNameException extends RefusedException {

    public DuplicateGroupNameException(String name) {
        super("placement.group.duplicate", "A learning group named " + name + " exists already");
    }
}
