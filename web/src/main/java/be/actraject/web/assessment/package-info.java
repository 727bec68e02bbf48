/**
 * The Entre-spiegel as coaches and coordinators see it: the spider chart drawn by the server, the development report
 * as PDF, and the reference profile a coordinator sets.
 */
package be.actraject.web.assessment;
