/**
 * The administrators' pages: the accounts and their roles; and the operator's way in at start-up, the first
 * administrator (or a forgotten password reset) from environment variables ({@code AdministratorBootstrap}).
 */
package be.actraject.web.admin;
