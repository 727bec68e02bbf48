/** Quotes of a candidate's activity, from the dossier, and their conversion into an invoice draft. */
package be.actraject.web.quote;
