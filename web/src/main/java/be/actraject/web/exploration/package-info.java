/** The exploration's screens: the placement in a learning group and the phase review with its deliverables. */
package be.actraject.web.exploration;
