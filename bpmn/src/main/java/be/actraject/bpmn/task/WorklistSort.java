package be.actraject.bpmn.task;

/** The order of a worklist. */
public enum WorklistSort {
    /** The earliest due date first; tasks without one last, the oldest of those first. */
    DUE,
    /** The oldest task first. */
    AGE
}
