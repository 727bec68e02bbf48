package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;

/** The candidate is a member of the sector group already: joining twice would count them twice. */
public class AlreadyMemberException extends RefusedException {

    public AlreadyMemberException(long groupId, long trajectoryId) {
        super("sector.member.twice", "Trajectory " + trajectoryId + " is in sector group " + groupId + " already");
    }
}
