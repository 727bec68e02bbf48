/**
 * The statement of extra earnings of the invoicing phase: the office's monthly statement (the task screen, its PDF)
 * and the candidate's activity costs that it deducts. The invoices themselves are in {@code web.invoice}; the rules
 * and the ledger in {@code domain.earnings}. (This package was {@code web.invoicing}: the phase's name, beside
 * {@code web.invoice}, said less than the thing it holds.)
 */
package be.actraject.web.earnings;
