/** What every page shares: the language, the error pages, the home and login pages. */
package be.actraject.web.system;
