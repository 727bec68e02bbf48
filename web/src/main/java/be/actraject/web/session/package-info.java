/**
 * The HTTP sessions in the database (Spring Session JDBC, V38), kept answering while the database is away: a node
 * serves a signed-in request from its last copy of the session and answers at once with the outage page (503), rather
 * than waiting for the pool once per session read and ending in the container's 500.
 */
package be.actraject.web.session;
