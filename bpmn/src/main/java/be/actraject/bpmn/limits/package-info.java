/** The tasks at the time limits: the coach's warning and the coordinator's decision at the limit. */
package be.actraject.bpmn.limits;
