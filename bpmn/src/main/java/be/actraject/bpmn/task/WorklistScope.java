package be.actraject.bpmn.task;

/** Which tasks a worklist starts from, before any filter. */
public enum WorklistScope {
    /** The tasks the person holds. */
    MINE,
    /** The open tasks nobody holds that the person may claim (through a role or by name). */
    CLAIMABLE,
    /** Every open task: for coordinators, who watch the whole caseload. */
    ALL
}
