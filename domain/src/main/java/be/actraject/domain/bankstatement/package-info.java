/**
 * Bank statements that settle invoices: an ISO 20022 CAMT.053 file of the cooperative's account is checked (size,
 * well-formed XML without a DOCTYPE, a CAMT.053 message of the cooperative's IBAN), read with Prowide's model of the
 * messages after every entry was checked as written ({@link CamtEntryCheck}: one faulty entry refuses the file), and
 * each booked entry is recorded once (by its bank reference, else by its {@link EntryIdentity fingerprint}, a second
 * arrival of which waits for review as a possible duplicate); a credit with the structured communication
 * of an open invoice becomes a payment through {@link be.actraject.domain.invoice.Payments}, the rest waits for office
 * staff on the review list. Hides how the file is read: the rest of the application sees {@link StatementImports} and
 * {@link StatementReview}.
 */
package be.actraject.domain.bankstatement;
