/**
 * The bookkeeper's export: the sales journal of a period as a spreadsheet and the period's e-invoices as a ZIP of UBL
 * files, for office staff (and coordinators). The column layout is documented in the README ("Export for the
 * bookkeeper").
 */
package be.actraject.web.bookkeeping;
