/**
 * Mail (issue 18): what the customer is sent when an invoice or credit note is issued and when an overdue invoice is
 * reminded, composed in the transaction of that change and queued in the domain's outbox; the sender that takes the
 * queued messages to the SMTP server after the commit, with back-off; and the outbox page where office staff and
 * administrators read every message and its state. Without an SMTP server configured ({@code spring.mail.host}), as
 * in the embedded demo, messages stay queued and can be read there.
 */
package be.actraject.web.mail;
