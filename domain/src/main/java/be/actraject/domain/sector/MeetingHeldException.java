package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;

/**
 * A meeting that has started is held (or was not): moving or cancelling it afterwards would rewrite the group's
 * history and tell the members nothing they can still act on.
 */
public class MeetingHeldException extends RefusedException {

    public MeetingHeldException(long meetingId) {
        super("sector.meeting.held", "Sector meeting " + meetingId + " has already started");
    }
}
