package be.actraject.domain.document;

public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(long id) {
        super("No document " + id);
    }
}
