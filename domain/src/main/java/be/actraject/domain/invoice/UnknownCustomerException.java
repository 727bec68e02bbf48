package be.actraject.domain.invoice;

import be.actraject.domain.RefusedException;

/** A customer that is not one of the trajectory's recorded customers. */
public class UnknownCustomerException extends RefusedException {

    public UnknownCustomerException(long customerId) {
        super("invoice.customer.unknown", "Customer " + customerId + " is not one of this trajectory's customers");
    }
}
