/**
 * Accounts and roles, kept in the engine's identity store. One store for people and groups means the roles that
 * the models name as candidate groups are the very groups a person is in, and Camunda's own web applications can
 * later share the accounts; the alternative, a table of our own beside the engine's, would have to be kept in step.
 * Sign-in ({@link be.actraject.bpmn.identity.SignIn}) is slowed down per user name and per client address, never
 * locked for good, and answers a name without an account as one with a wrong password; a browser with the device cookie
 * of an earlier sign-in ({@link be.actraject.bpmn.identity.DeviceCookies}) is held up only by its own failures, so that
 * nobody can keep another person locked out. A change of roles or password is announced
 * ({@link be.actraject.bpmn.identity.AccountAccessChanged}) for the web to end that person's sessions.
 */
package be.actraject.bpmn.identity;
