package be.actraject.domain.bankstatement;

import be.actraject.domain.invoice.Invoice;

/**
 * What an entry settles: an invoice paid in full or in part, or the reason it waits for review (with the invoice its
 * communication names, when it names one).
 */
record Match(LineOutcome outcome, ReviewReason reason, Invoice invoice) {

    static Match review(ReviewReason reason) {
        return new Match(LineOutcome.TO_REVIEW, reason, null);
    }

    static Match review(ReviewReason reason, Invoice invoice) {
        return new Match(LineOutcome.TO_REVIEW, reason, invoice);
    }

    boolean settles() {
        return outcome == LineOutcome.PAID || outcome == LineOutcome.PARTLY_PAID;
    }

    Long invoiceId() {
        return invoice == null ? null : invoice.getId();
    }
}
