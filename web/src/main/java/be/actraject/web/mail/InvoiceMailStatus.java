package be.actraject.web.mail;

import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.mail.MailAbout;
import be.actraject.domain.mail.MailMessage;
import be.actraject.domain.mail.Outbox;
import be.actraject.web.system.Dates;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What an issued invoice's page says about its mail to the customer ({@code ${@invoiceMail.of(invoice)}}): sent, on
 * its way, given up — or not sent and why (no recorded customer, no e-mail address). The page has already checked
 * that its reader sees the invoice.
 */
@Component("invoiceMail")
public class InvoiceMailStatus {

    private final Outbox outbox;
    private final Customers customers;
    private final Dates dates;

    InvoiceMailStatus(Outbox outbox, Customers customers, Dates dates) {
        this.outbox = outbox;
        this.customers = customers;
        this.dates = dates;
    }

    /** The sentence (a message key and its arguments) and the message, or null when there is nothing to say. */
    public Line of(Invoice invoice) {
        if (invoice.getStatus() != InvoiceStatus.ISSUED) {
            return null;
        }
        Optional<MailMessage> mail = outbox.lastAbout(invoice.getId(), MailAbout.INVOICE);
        if (mail.isPresent()) {
            MailMessage m = mail.get();
            return switch (m.getState()) {
                case SENT -> new Line("invoiceMail.SENT", m.getId(), m.getRecipient(), dates.dateTime(m.getSentAt()));
                case QUEUED -> new Line("invoiceMail.QUEUED", m.getId(), m.getRecipient(), m.getAttempts());
                case FAILED -> new Line("invoiceMail.FAILED", m.getId(), m.getRecipient(),
                        m.getLastError() == null ? "" : m.getLastError());
            };
        }
        Customer customer = invoice.getCustomerId() == null ? null
                : customers.byId(invoice.getCustomerId()).orElse(null);
        if (customer == null) {
            return new Line("invoiceMail.NO_CUSTOMER", null);
        }
        if (customer.getEmail() == null) {
            return new Line("invoiceMail.NO_EMAIL", null, customer.getName());
        }
        return null; // issued before invoices were mailed
    }

    /**
     * @param key       the sentence
     * @param messageId the message in the outbox it is about, or null
     * @param arguments the sentence's arguments
     */
    public record Line(String key, Long messageId, Object... arguments) {
    }
}
