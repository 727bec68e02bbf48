package be.actraject.domain.prospecting;

import be.actraject.domain.NotFoundException;

/** No such prospecting activity in this trajectory. */
public class ProspectingActivityNotFoundException extends NotFoundException {

    public ProspectingActivityNotFoundException(long activityId, long trajectoryId) {
        super("Prospecting activity " + activityId + " of trajectory " + trajectoryId);
    }
}
