/** Invoices: submitting one from the dossier, and the screens of its approval and correction. */
package be.actraject.web.invoice;
