/** The learning-group-session model's beans, and the services that plan sessions and register attendance. */
package be.actraject.bpmn.group;
