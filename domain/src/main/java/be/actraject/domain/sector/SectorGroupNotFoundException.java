package be.actraject.domain.sector;

import be.actraject.domain.NotFoundException;

/** No sector group by that id. */
public class SectorGroupNotFoundException extends NotFoundException {

    public SectorGroupNotFoundException(long id) {
        super("No sector group " + id);
    }
}
