/**
 * Finding: the search box in the navigation (suggestions as one types, and a results page that works without a
 * script) and the status a trajectory shows on every page that names it ({@link be.actraject.web.find.Statuses}).
 */
package be.actraject.web.find;
