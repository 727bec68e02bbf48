package be.actraject.domain.earnings;

/** No statement by that id. */
public class StatementNotFoundException extends RuntimeException {

    public StatementNotFoundException(long id) {
        super("No extra-earnings statement " + id);
    }
}
