package be.actraject.domain.customer;

import be.actraject.domain.NotFoundException;

/** No customer by that id among the trajectory's: another candidate's customer is not found, not shown. */
public class CustomerNotFoundException extends NotFoundException {

    public CustomerNotFoundException(long id) {
        super("No customer " + id + " of this trajectory");
    }
}
