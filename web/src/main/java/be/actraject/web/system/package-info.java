/**
 * What every page shares: the language, the home and login pages, the services' refusals mapped to error pages (which
 * {@code web.error} renders) or, for a refused form, back to its page with the reason, and uploads too large for the
 * server sent back to their forms.
 */
package be.actraject.web.system;
