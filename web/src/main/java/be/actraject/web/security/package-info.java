/**
 * Sign-in against the engine's identity store, the login page with what it may say about a lock, the roles, and the
 * signed-in person as a domain actor. The browser's side of the device cookies that let their owner past a name's lock
 * ({@link be.actraject.web.security.DeviceCookie}), and the end of a person's sessions when an administrator changes
 * their roles or password ({@link be.actraject.web.security.SignedInSessions}).
 */
package be.actraject.web.security;
