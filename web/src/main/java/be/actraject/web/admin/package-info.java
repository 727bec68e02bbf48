/** The administrators' pages: the accounts and their roles. */
package be.actraject.web.admin;
