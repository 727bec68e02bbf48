/**
 * The vocabulary that the process models and the code share: process keys, the ids of the elements the code
 * relies on, variable and message names, the phases of a trajectory, its exit types and the roles that double as
 * candidate groups. Plain Java without dependencies, so that the domain, the models and the web module all speak
 * of the same things by the same names; a test in the bpmn module fails when a name here no longer exists in a
 * model.
 */
package be.actraject.workflow;
