/** The cooperative itself: who issues the invoices, under which enterprise number, paid on which account. */
package be.actraject.domain.cooperative;
