package be.actraject.testsupport;

import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.VatRate;

import java.math.BigDecimal;

/**
 * A recorded customer for tests that draw up invoices: since issue 13 every invoice names one with an address (a
 * customer known by name alone cannot be invoiced).
 */
public final class TestCustomers {

    private TestCustomers() {
    }

    /** Records a consumer with a Belgian address for the trajectory; its id. */
    public static long consumer(Customers customers, long trajectoryId, String name, Actor actor) {
        return customers.add(trajectoryId, new CustomerDetails(CustomerKind.CONSUMER, name, "Markt 1", "2300",
                "Turnhout", "BE", null, null, null, null), actor).getId();
    }

    /** A draft of one line, once at this amount, for a consumer recorded for the trajectory on the spot. */
    public static InvoiceDraft draft(Customers customers, long trajectoryId, String customer, String description,
                                     String amountExclVat, VatRate rate, Actor actor) {
        return new InvoiceDraft(customer, description, new BigDecimal(amountExclVat), rate,
                consumer(customers, trajectoryId, customer, actor));
    }
}
