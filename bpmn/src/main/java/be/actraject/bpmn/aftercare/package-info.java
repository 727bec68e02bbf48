/** The beans of the aftercare model: its start after an exit, and its schedule of follow-ups. */
package be.actraject.bpmn.aftercare;
