/**
 * Mail through a durable outbox (issue 18): a message is queued in the transaction of the change it tells about, so
 * that a change that rolls back leaves no message and one that commits cannot lose its message; a sender outside the
 * domain sends the due messages after the commit and records each attempt here
 * ({@link be.actraject.domain.mail.Outbox}).
 * The domain knows what a message says and what it is about, not how it travels (SMTP lives in the web module).
 */
package be.actraject.domain.mail;
