/** Stopping a trajectory wherever it is, and registering how it ends. */
package be.actraject.bpmn.exit;
