package be.actraject.domain.earnings;

import be.actraject.domain.NotFoundException;

/** No statement by that id. */
public class StatementNotFoundException extends NotFoundException {

    public StatementNotFoundException(long id) {
        super("No extra-earnings statement " + id);
    }
}
