/**
 * The accounts and candidates that make a fresh embedded installation worth opening, and the first administrator
 * of a production database. Both only ever write into an empty database.
 */
package be.actraject.web.demo;
