/**
 * The invoicing phase's tasks: the exit decision and the monthly extra-earnings statement; and the rule that tells the
 * coach when self-employment is within reach ({@link be.actraject.bpmn.invoicing.SelfEmploymentPolicy}).
 */
package be.actraject.bpmn.invoicing;
