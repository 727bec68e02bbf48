/**
 * The beans of the training-enrolment model: its start when an enrolment is requested, the facts its decision table
 * weighs and that table edited as rows, the agreement the rule gives in the coach's name, and the coordinator's approval task.
 */
package be.actraject.bpmn.training;
