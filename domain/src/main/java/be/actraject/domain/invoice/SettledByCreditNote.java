package be.actraject.domain.invoice;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A credit note can settle an invoice too: when its issue leaves nothing open on the invoice it credits (paid in part
 * before, credited for the rest, or credited in full), the invoice is settled as if the last payment came, so that the
 * office's payment reminder for it ends. A plain listener: in the transaction that issues the credit note.
 */
@Component
class SettledByCreditNote {

    private final InvoiceRepository invoices;
    private final Payments payments;
    private final ApplicationEventPublisher events;

    SettledByCreditNote(InvoiceRepository invoices, Payments payments, ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.payments = payments;
        this.events = events;
    }

    @EventListener
    void on(InvoiceIssued issued) {
        invoices.findById(issued.invoiceId()).filter(Invoice::isCreditNote)
                .flatMap(note -> invoices.findById(note.getCreditedInvoiceId()))
                .filter(credited -> payments.of(credited).open().signum() <= 0)
                .ifPresent(credited -> events.publishEvent(new InvoiceSettled(credited.getId())));
    }
}
