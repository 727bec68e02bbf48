/**
 * Starting a trajectory's process and the beans its models call to move the trajectory in the domain.
 */
package be.actraject.bpmn.trajectory;
