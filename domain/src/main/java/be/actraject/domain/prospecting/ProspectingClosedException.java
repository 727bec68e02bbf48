package be.actraject.domain.prospecting;

import be.actraject.domain.RefusedException;
import be.actraject.workflow.Phase;

/**
 * A prospecting activity was logged or changed outside the prospecting phase: the activities are that phase's record,
 * and the prospecting review decided on them as they stood.
 */
public class ProspectingClosedException extends RefusedException {

    public ProspectingClosedException(long trajectoryId, Phase phase) {
        super("prospecting.closed", "Prospecting of trajectory " + trajectoryId + " changed in phase " + phase);
    }
}
