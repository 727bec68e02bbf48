/** Sign-in against the engine's identity store, the roles, and the signed-in person as a domain actor. */
package be.actraject.web.security;
