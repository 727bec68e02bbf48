package be.actraject.domain.invoice;

import be.actraject.domain.trajectory.Trajectory;

/** An issued invoice not yet paid in full, with the trajectory (and candidate) it belongs to. */
public record OpenInvoice(PaymentState state, Trajectory trajectory) {
}
