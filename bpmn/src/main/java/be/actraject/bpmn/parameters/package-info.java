/**
 * The parameters of the trajectory — time limits, warning margins, conversation frequencies, review moments, the
 * aftercare schedule, the extra-earnings cap — read from configuration ({@code actraject.trajectory.*}) and checked
 * at start-up. The models name them through {@code trajectoryParameters} and the other beans; no duration stands
 * in the XML.
 */
package be.actraject.bpmn.parameters;
