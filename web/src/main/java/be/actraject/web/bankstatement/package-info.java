/**
 * The bank statements' pages for office staff and coordinators: uploading a CAMT.053 file, the summary of each import
 * (paid, partly paid, to review, duplicates), and the review list where a line is matched to an invoice by hand or
 * marked not ours. The rules sit in {@link be.actraject.domain.bankstatement}.
 */
package be.actraject.web.bankstatement;
