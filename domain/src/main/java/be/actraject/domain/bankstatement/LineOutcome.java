package be.actraject.domain.bankstatement;

/** What became of an entry of a bank statement. */
public enum LineOutcome {
    /** Settled an invoice in full. */
    PAID,
    /** Paid part of what was open on an invoice. */
    PARTLY_PAID,
    /** Waits on the review list for office staff. */
    TO_REVIEW,
    /** Office staff matched it to an invoice by hand, and it was booked as a payment. */
    MATCHED_BY_HAND,
    /** Office staff marked it as no payment of an invoice of the cooperative's. */
    NOT_OURS
}
