package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;

/** A meeting is planned ahead; one in the past was held, or not, and planning it tells nobody anything. */
public class MeetingInPastException extends RefusedException {

    public MeetingInPastException(long groupId) {
        super("sector.meeting.past", "A meeting of sector group " + groupId + " planned in the past");
    }
}
