package be.actraject.domain.invoice;

/** A customer that is not one of the trajectory's recorded customers. */
public class UnknownCustomerException extends RuntimeException {

    public UnknownCustomerException(long customerId) {
        super("Customer " + customerId + " is not one of this trajectory's customers");
    }
}
