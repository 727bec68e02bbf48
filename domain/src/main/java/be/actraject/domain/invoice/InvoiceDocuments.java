package be.actraject.domain.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerRepository;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.einvoice.Line;
import be.actraject.domain.invoice.InvoiceDocumentUnavailableException.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * An issued invoice as the documents say it: the cooperative as seller, the recorded customer as buyer, its line, the
 * VAT, the structured communication and the account. The PDF and the Peppol UBL are both made from this.
 */
@Service
public class InvoiceDocuments {

    private final Invoices invoices;
    private final InvoiceRepository repository;
    private final CustomerRepository customers;
    private final Cooperative cooperative;

    public InvoiceDocuments(Invoices invoices, InvoiceRepository repository, CustomerRepository customers,
                            Cooperative cooperative) {
        this.invoices = invoices;
        this.repository = repository;
        this.customers = customers;
        this.cooperative = cooperative;
    }

    /**
     * @throws InvoiceDocumentUnavailableException when the invoice is not issued or has no recorded customer
     */
    @Transactional(readOnly = true)
    public EInvoice of(long invoiceId, Actor actor) {
        Invoice invoice = invoices.invoice(invoiceId, actor);
        if (invoice.getStatus() != InvoiceStatus.ISSUED) {
            throw new InvoiceDocumentUnavailableException(invoiceId, Reason.NOT_ISSUED);
        }
        Customer customer = invoice.getCustomerId() == null ? null
                : customers.findById(invoice.getCustomerId()).orElse(null);
        if (customer == null) {
            throw new InvoiceDocumentUnavailableException(invoiceId, Reason.NO_CUSTOMER);
        }
        List<Line> lines = invoice.getLines().stream().map(InvoiceLine::toLine).toList();
        if (invoice.isCreditNote()) {
            Invoice credited = repository.findById(invoice.getCreditedInvoiceId()).orElseThrow();
            return new EInvoice(EInvoice.Kind.CREDIT_NOTE, invoice.getNumber(), invoice.getIssuedOn(), null,
                    invoice.getBuyerReference(), cooperative.asSeller(), customer.asBuyer(), lines,
                    cooperative.account(), cooperative.getBic(), null, invoice.getDescription(),
                    credited.getNumber(), credited.getIssuedOn());
        }
        return new EInvoice(EInvoice.Kind.INVOICE, invoice.getNumber(), invoice.getIssuedOn(), invoice.getDueOn(),
                invoice.getBuyerReference(), cooperative.asSeller(), customer.asBuyer(), lines, cooperative.account(),
                cooperative.getBic(), invoice.getCommunication(), null, null, null);
    }

    /** As {@link #of}, for the Peppol document, which the customer must be able to receive. */
    @Transactional(readOnly = true)
    public EInvoice forPeppol(long invoiceId, Actor actor) {
        EInvoice document = of(invoiceId, actor);
        if (document.buyer().endpointId() == null) {
            throw new InvoiceDocumentUnavailableException(invoiceId, Reason.NOT_ON_PEPPOL);
        }
        return document;
    }
}
