package be.actraject.domain.group;

public class GroupNotFoundException extends RuntimeException {

    public GroupNotFoundException(long id) {
        super("No learning group or session " + id);
    }
}
