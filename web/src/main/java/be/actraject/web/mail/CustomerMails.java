package be.actraject.web.mail;

import be.actraject.domain.access.Actor;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceDocuments;
import be.actraject.domain.invoice.InvoiceIssued;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.IssuedSeller;
import be.actraject.domain.invoice.PaymentReminded;
import be.actraject.domain.mail.AttachmentKind;
import be.actraject.domain.mail.MailAbout;
import be.actraject.domain.mail.MailAttachment;
import be.actraject.domain.mail.Outbox;
import be.actraject.domain.mail.OutgoingMail;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.web.number.TypedNumbers;
import be.actraject.web.system.Dates;
import be.actraject.workflow.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer's mail about an invoice: the issued invoice or credit note with its PDF (and its UBL, when Peppol
 * reaches the customer, since only then is it a valid e-invoice), and the reminder of an overdue one. Queued in the
 * transaction that issues or reminds (the events are published there and these listeners run in it), so that a
 * rolled-back change sends nothing. A customer without an e-mail address gets no message; the invoice page says so
 * ({@link InvoiceMailStatus}). Written in the customer's language ({@link Customer#getLanguage()}), as its PDF is.
 */
@Component
class CustomerMails {

    /** The mail is composed for whichever customer, as office staff would; no person acts. */
    private static final Actor COMPOSER = Actor.of(TrajectoryProgress.SYSTEM_ACTOR, Role.OFFICE);

    private final Invoices invoices;
    private final Customers customers;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Dates dates;
    private final Cooperative cooperative;

    CustomerMails(Invoices invoices, Customers customers, Outbox outbox, MessageSource messages, Dates dates,
                  Cooperative cooperative) {
        this.cooperative = cooperative;
        this.invoices = invoices;
        this.customers = customers;
        this.outbox = outbox;
        this.messages = messages;
        this.dates = dates;
    }

    @EventListener
    void issued(InvoiceIssued event) {
        Invoice invoice = invoices.invoice(event.invoiceId(), COMPOSER);
        Optional<Customer> customer = mailableCustomerOf(invoice);
        if (customer.isEmpty()) {
            return;
        }
        Locale language = customer.get().getLanguage().locale();
        String seller = sellerOf(invoice).getName();
        List<MailAttachment> attachments = new ArrayList<>();
        attachments.add(new MailAttachment(AttachmentKind.INVOICE_PDF, invoice.getId(), invoice.getNumber() + ".pdf"));
        if (InvoiceDocuments.noPeppolDocument(invoice, customer.get()) == null) {
            attachments.add(new MailAttachment(AttachmentKind.INVOICE_UBL, invoice.getId(),
                    invoice.getNumber() + ".xml"));
        }
        String subject;
        String body;
        if (invoice.isCreditNote()) {
            Invoice credited = invoices.invoice(invoice.getCreditedInvoiceId(), COMPOSER);
            subject = text(language, "mail.creditNote.subject", invoice.getNumber(), seller, of(language, seller));
            body = text(language, "mail.creditNote.body", customer.get().getName(), invoice.getNumber(), seller,
                    euro(invoice, language), credited.getNumber(), of(language, seller));
        } else {
            subject = text(language, "mail.invoice.subject", invoice.getNumber(), seller, of(language, seller));
            body = text(language, "mail.invoice.body", customer.get().getName(), invoice.getNumber(), seller,
                    euro(invoice, language),
                    dates.date(invoice.getDueOn()), sellerOf(invoice).account().formatted(),
                    invoice.getCommunication().formatted(), of(language, seller));
        }
        outbox.queue(new OutgoingMail(customer.get().getEmail(), subject, body, MailAbout.INVOICE, invoice.getId(),
                invoice.getTrajectoryId(), attachments));
    }

    @EventListener
    void reminded(PaymentReminded event) {
        Invoice invoice = invoices.invoice(event.invoiceId(), COMPOSER);
        Optional<Customer> customer = mailableCustomerOf(invoice);
        if (customer.isEmpty()) {
            return;
        }
        IssuedSeller seller = sellerOf(invoice);
        Locale language = customer.get().getLanguage().locale();
        String body = text(language, "mail.reminder.body", customer.get().getName(), invoice.getNumber(),
                seller.getName(), dates.date(invoice.getDueOn()), TypedNumbers.euro(event.open(), language),
                seller.account().formatted(), invoice.getCommunication().formatted(),
                of(language, seller.getName()));
        String subject = text(language, "mail.reminder.subject", invoice.getNumber(), seller.getName(),
                of(language, seller.getName()));
        outbox.queue(new OutgoingMail(customer.get().getEmail(), subject, body, MailAbout.PAYMENT_REMINDER,
                invoice.getId(), invoice.getTrajectoryId(),
                List.of(new MailAttachment(AttachmentKind.INVOICE_PDF, invoice.getId(),
                        invoice.getNumber() + ".pdf"))));
    }

    /** The invoice's recorded customer, when it has an e-mail address. */
    private Optional<Customer> mailableCustomerOf(Invoice invoice) {
        return Optional.ofNullable(invoice.getCustomerId()).flatMap(customers::byId)
                .filter(c -> c.getEmail() != null);
    }

    /** The seller as issued; an invoice issued before sellers were recorded (V15) has today's configuration. */
    private IssuedSeller sellerOf(Invoice invoice) {
        return invoice.getSeller() != null ? invoice.getSeller() : IssuedSeller.of(cooperative);
    }

    private static String euro(Invoice invoice, Locale language) {
        return TypedNumbers.euro(invoice.total(), language);
    }

    /**
     * "Of the seller" as the language writes it: French elides "de" before a vowel ("d'Activiteitencoöperatie", not
     * "de Activiteitencoöperatie"); Dutch and English have one form. The last argument of the mail texts.
     */
    private String of(Locale language, String seller) {
        String first = Normalizer.normalize(seller.strip(), Normalizer.Form.NFD);
        boolean vowel = !first.isEmpty() && "AEIOUaeiou".indexOf(first.charAt(0)) >= 0;
        return text(language, vowel ? "mail.ofSeller.beforeVowel" : "mail.ofSeller", seller);
    }

    /** A text in the customer's language (i18n/document, the one bundle with French). */
    private String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
