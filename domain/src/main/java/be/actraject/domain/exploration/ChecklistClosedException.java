package be.actraject.domain.exploration;

import be.actraject.domain.RefusedException;
import be.actraject.workflow.Phase;

/**
 * The deliverables were changed outside the exploration: they are that phase's checklist, and what they were when
 * the phase ended is what the exploration review decided on.
 */
public class ChecklistClosedException extends RefusedException {

    public ChecklistClosedException(long trajectoryId, Phase phase) {
        super("checklist.closed", "Deliverables of trajectory " + trajectoryId + " changed in phase " + phase);
    }
}
