/** The invoicing phase's tasks: the exit decision and the monthly extra-earnings statement. */
package be.actraject.bpmn.invoicing;
