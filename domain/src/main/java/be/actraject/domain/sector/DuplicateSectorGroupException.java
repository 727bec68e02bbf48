package be.actraject.domain.sector;

import be.actraject.domain.RefusedException;

/** Two sector groups of one name would be told apart by nobody in a list or the agenda. */
public class DuplicateSectorGroupException extends RefusedException {

    public DuplicateSectorGroupException(String name) {
        super("sector.group.duplicate", "A sector group named " + name + " exists already", name);
    }
}
