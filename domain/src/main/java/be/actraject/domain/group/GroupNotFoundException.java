package be.actraject.domain.group;

import be.actraject.domain.NotFoundException;

/** No learning group, or no session of one, by that id. */
public class GroupNotFoundException extends NotFoundException {

    public GroupNotFoundException(long id) {
        super("No learning group or session " + id);
    }
}
