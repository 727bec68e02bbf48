package be.actraject.domain.sector;

import be.actraject.domain.NotFoundException;

/** No meeting by that id in that sector group. */
public class SectorMeetingNotFoundException extends NotFoundException {

    public SectorMeetingNotFoundException(long groupId, long meetingId) {
        super("No meeting " + meetingId + " in sector group " + groupId);
    }
}
