package be.actraject.domain.bankstatement;

/** Why an entry was not booked by itself and waits for office staff. */
public enum ReviewReason {
    /** Money paid out, not received. */
    DEBIT,
    /** The bank reverses an earlier entry. */
    REVERSAL,
    /** Not in euro. */
    OTHER_CURRENCY,
    /** One entry for several transactions (a batch): which invoice each pays is not said. */
    SEVERAL_TRANSACTIONS,
    /** No valid structured communication. */
    NO_COMMUNICATION,
    /** A valid structured communication of no invoice. */
    UNKNOWN_COMMUNICATION,
    /** The invoice is not open: paid already, credited, or not issued. */
    INVOICE_NOT_OPEN,
    /** More than is open on the invoice: never booked as an overpayment by itself. */
    MORE_THAN_OPEN,
    /** Not in whole cents. */
    AMOUNT,
    /** Booked before the invoice's date, or with no date. */
    DATE,
    /**
     * An entry without the bank's reference, identical to one recorded from another statement: the same payment
     * shown twice, or a second payment alike in every detail; office staff tell which.
     */
    POSSIBLE_DUPLICATE
}
