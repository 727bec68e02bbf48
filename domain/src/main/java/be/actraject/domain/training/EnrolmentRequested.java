package be.actraject.domain.training;

/**
 * Published in the transaction that records an enrolment, so that whoever follows enrolments up (the approval
 * process of the bpmn module) starts with it or not at all; the domain itself knows nothing of that process.
 *
 * @param costsMoney whether the module costs money; a free one is agreed already
 */
public record EnrolmentRequested(long enrolmentId, long trajectoryId, boolean costsMoney) {
}
