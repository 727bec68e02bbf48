package be.actraject.domain.sector;

import be.actraject.domain.NotFoundException;

/** No expert by that id. */
public class ExpertNotFoundException extends NotFoundException {

    public ExpertNotFoundException(long id) {
        super("No expert " + id);
    }
}
