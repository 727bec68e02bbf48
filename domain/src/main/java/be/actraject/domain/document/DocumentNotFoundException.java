package be.actraject.domain.document;

import be.actraject.domain.NotFoundException;

public class DocumentNotFoundException extends NotFoundException {

    public DocumentNotFoundException(long id) {
        super("No document " + id);
    }
}
