package be.actraject.domain.bankstatement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One booked entry ({@code Ntry}) of a statement.
 *
 * @param reference     what makes a second import a duplicate: the bank's reference of the entry ({@code AcctSvcrRef},
 *                      else {@code NtryRef}, else the transaction's {@code AcctSvcrRef}); for an entry without one,
 *                      its {@link EntryIdentity fingerprint} (null until {@link EntryIdentity#assign} gave it)
 * @param byBank        the reference is the bank's; false for a fingerprint, which two real payments may share
 * @param credit        money received ({@code CRDT}); false for money paid out ({@code DBIT})
 * @param reversal      the bank reverses an earlier entry ({@code RvslInd})
 * @param amount        positive, in {@code currency}
 * @param bookedOn      the booking date, else the value date
 * @param valueDate     the value date, when given
 * @param counterparty  the name of the one who paid (or was paid), when given
 * @param counterpartyAccount their IBAN, when given
 * @param communication the remittance information as given: structured references first, then the free text
 * @param transactions  how many transactions the bank booked as this one entry (a batch has several)
 */
record StatementEntry(String reference, boolean byBank, boolean credit, boolean reversal, BigDecimal amount,
                      String currency, LocalDate bookedOn, LocalDate valueDate, String counterparty,
                      String counterpartyAccount, String communication, int transactions) {

    StatementEntry withReference(String fingerprint) {
        return new StatementEntry(fingerprint, false, credit, reversal, amount, currency, bookedOn, valueDate,
                counterparty, counterpartyAccount, communication, transactions);
    }
}
