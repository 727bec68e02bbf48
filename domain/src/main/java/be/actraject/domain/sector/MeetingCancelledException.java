package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;

/** A cancelled meeting stays cancelled: one that takes place after all is planned anew, so the members hear of it. */
public class MeetingCancelledException extends RefusedException {

    public MeetingCancelledException(long meetingId) {
        super("sector.meeting.cancelledRefused", "Sector meeting " + meetingId + " was cancelled");
    }
}
