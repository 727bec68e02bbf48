/** The exploration's tasks: the placement in a learning group and the phase review with its deliverables. */
package be.actraject.bpmn.exploration;
