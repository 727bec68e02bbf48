/** The office's monthly extra-earnings statement. */
package be.actraject.web.invoicing;
