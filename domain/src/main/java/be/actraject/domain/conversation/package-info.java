/**
 * Individual conversations (individuele gesprekken) between coach and candidate: when, how, what was discussed
 * and what was agreed. They happen in every phase; the intake begins with one.
 */
package be.actraject.domain.conversation;
