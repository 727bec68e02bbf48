/**
 * Sign-in against the engine's identity store, the login page with what it may say about a lock, the roles, and the
 * signed-in person as a domain actor.
 */
package be.actraject.web.security;
