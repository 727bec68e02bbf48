/**
 * Accounts and roles, kept in the engine's identity store. One store for people and groups means the roles that
 * the models name as candidate groups are the very groups a person is in, and Camunda's own web applications can
 * later share the accounts; the alternative, a table of our own beside the engine's, would have to be kept in step.
 */
package be.actraject.bpmn.identity;
