package be.actraject.domain.invoicebook;

import be.actraject.domain.invoice.BookStatus;
import be.actraject.domain.invoice.PaymentState;
import be.actraject.domain.trajectory.Trajectory;

/** One invoice or credit note of the book: what is paid and open, where it stands, and whose it is. */
public record InvoiceBookRow(PaymentState state, BookStatus status, Trajectory trajectory) {
}
