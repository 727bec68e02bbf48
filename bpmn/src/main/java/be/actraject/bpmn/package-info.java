/**
 * The connection between the process engine and the domain: the models (under {@code resources/bpmn}), the beans
 * they call by name, and the services through which the web module starts processes and works on tasks. All calls
 * to the Camunda API live here, so that a later move to a compatible engine stays inside this module.
 */
package be.actraject.bpmn;
