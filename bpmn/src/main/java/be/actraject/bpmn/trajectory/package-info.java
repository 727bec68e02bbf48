/**
 * Starting a trajectory's process and the beans its models call to move the trajectory in the domain; and the
 * coordinator's corrections that the engine must follow in the same transaction: another coach (the open tasks go
 * along, {@link be.actraject.bpmn.trajectory.CoachChange}) and another date of entry (the limit's timers move,
 * {@link be.actraject.bpmn.trajectory.EntryDateChange}).
 */
package be.actraject.bpmn.trajectory;
