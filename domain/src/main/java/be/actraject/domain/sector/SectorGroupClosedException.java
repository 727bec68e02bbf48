package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;

/** A closed sector group takes no members and no meetings any more, and keeps the name and contact it closed with. */
public class SectorGroupClosedException extends RefusedException {

    public SectorGroupClosedException(long groupId, String name) {
        super("sector.group.closedRefused", "Sector group " + groupId + " is closed", name);
    }
}
