package be.actraject.domain.group;

public class DuplicateGroupNameException extends RuntimeException {

    public DuplicateGroupNameException(String name) {
        super("A learning group named " + name + " exists already");
    }
}
