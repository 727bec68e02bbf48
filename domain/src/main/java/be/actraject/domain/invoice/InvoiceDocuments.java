package be.actraject.domain.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerLanguage;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.einvoice.Line;
import be.actraject.domain.einvoice.Party;
import be.actraject.domain.invoice.InvoiceDocumentUnavailableException.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * An issued invoice as the documents say it: the cooperative as seller, the recorded customer as buyer, its line, the
 * VAT, the structured communication and the account. The PDF and the Peppol UBL are both made from this.
 */
@Service
public class InvoiceDocuments {

    private final Invoices invoices;
    private final InvoiceRepository repository;
    private final Customers customers;
    private final Cooperative cooperative;

    public InvoiceDocuments(Invoices invoices, InvoiceRepository repository, Customers customers,
                            Cooperative cooperative) {
        this.invoices = invoices;
        this.repository = repository;
        this.customers = customers;
        this.cooperative = cooperative;
    }

    /**
     * The document of an issued invoice or credit note, whatever its customer: every issued one has its PDF. The
     * seller and account are those recorded at issue ({@link Invoice#getSeller()}), never today's configuration.
     *
     * @throws InvoiceDocumentUnavailableException when the invoice is not issued
     */
    @Transactional
    public EInvoice of(long invoiceId, Actor actor) {
        return printed(invoiceId, actor).document();
    }

    /**
     * As {@link #of}, with the seller's details the PDF prints beside the document (letterhead and footer). An invoice
     * issued before V15 has no recorded seller: it gets today's configuration here, at its first read, and keeps it.
     *
     * @throws InvoiceDocumentUnavailableException when the invoice is not issued
     */
    @Transactional
    public Printed printed(long invoiceId, Actor actor) {
        Invoice invoice = invoices.invoice(invoiceId, actor);
        if (invoice.getStatus() != InvoiceStatus.ISSUED) {
            throw new InvoiceDocumentUnavailableException(invoiceId, Reason.NOT_ISSUED);
        }
        invoice.recordSellerIfMissing(IssuedSeller.of(cooperative));
        IssuedSeller seller = invoice.getSeller();
        // The customer as it was at issue, not as corrected since (IssuedBuyer).
        if (invoice.getBuyer() == null && invoice.getCustomerId() != null) {
            customers.byId(invoice.getCustomerId()).ifPresent(c -> invoice.recordBuyerIfMissing(IssuedBuyer.of(c)));
        }
        Optional<IssuedBuyer> issuedTo = Optional.ofNullable(invoice.getBuyer());
        // Invoices issued before customers were recorded name theirs only: they still print, without an e-invoice.
        Party buyer = issuedTo.map(IssuedBuyer::asBuyer).orElseGet(() -> Party.nameOnly(invoice.getCustomerName()));
        // A customer known by name only has no language recorded: the cooperative's own.
        CustomerLanguage language = issuedTo.map(IssuedBuyer::language).orElse(CustomerLanguage.NL);
        List<Line> lines = invoice.getLines().stream().map(InvoiceLine::toLine).toList();
        if (invoice.isCreditNote()) {
            Invoice credited = repository.findById(invoice.getCreditedInvoiceId()).orElseThrow();
            return new Printed(new EInvoice(EInvoice.Kind.CREDIT_NOTE, invoice.getNumber(), invoice.getIssuedOn(),
                    null, invoice.getBuyerReference(), seller.asSeller(), buyer, lines, seller.account(),
                    seller.getBic(), null, invoice.getDescription(), credited.getNumber(), credited.getIssuedOn(),
                    invoice.getSupply()), seller, language);
        }
        return new Printed(new EInvoice(EInvoice.Kind.INVOICE, invoice.getNumber(), invoice.getIssuedOn(),
                invoice.getDueOn(), invoice.getBuyerReference(), seller.asSeller(), buyer, lines, seller.account(),
                seller.getBic(), invoice.getCommunication(), null, null, null, invoice.getSupply()), seller, language);
    }

    /**
     * An issued document and the seller's details as issued, which its PDF prints in its letterhead and footer, in the
     * customer's language.
     */
    public record Printed(EInvoice document, IssuedSeller seller, CustomerLanguage language) {
    }

    /**
     * Why an issued invoice has no e-invoice, or null when it has one: a customer known by name only
     * ({@link Reason#NO_CUSTOMER}) or one Peppol does not reach, such as a consumer ({@link Reason#NOT_ON_PEPPOL}).
     */
    public static Reason noPeppolDocument(Invoice invoice, Customer customer) {
        if (invoice.getStatus() != InvoiceStatus.ISSUED) {
            return Reason.NOT_ISSUED;
        }
        if (customer == null) {
            return Reason.NO_CUSTOMER;
        }
        return customer.reachableOnPeppol() ? null : Reason.NOT_ON_PEPPOL;
    }

    /**
     * As {@link #of}, for the Peppol document, which the customer must be able to receive.
     *
     * @throws InvoiceDocumentUnavailableException when the invoice is not issued, has no recorded customer, or its
     *                                             customer has no Peppol id
     */
    @Transactional
    public EInvoice forPeppol(long invoiceId, Actor actor) {
        EInvoice document = of(invoiceId, actor);
        if (document.buyer().countryCode() == null) {
            throw new InvoiceDocumentUnavailableException(invoiceId, Reason.NO_CUSTOMER);
        }
        if (document.buyer().endpointId() == null) {
            throw new InvoiceDocumentUnavailableException(invoiceId, Reason.NOT_ON_PEPPOL);
        }
        return document;
    }
}
