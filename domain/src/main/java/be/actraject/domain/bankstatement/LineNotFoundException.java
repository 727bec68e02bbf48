package be.actraject.domain.bankstatement;

import be.actraject.domain.NotFoundException;

/** No statement line (or import) with that id. */
public class LineNotFoundException extends NotFoundException {

    public LineNotFoundException(long id) {
        super("Bank statement line or import " + id + " not found");
    }
}
