/** The prospecting review. */
package be.actraject.bpmn.prospecting;
