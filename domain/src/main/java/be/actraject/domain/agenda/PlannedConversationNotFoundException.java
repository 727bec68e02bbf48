package be.actraject.domain.agenda;

import be.actraject.domain.NotFoundException;

/** No planned conversation by this id: never planned, or cancelled. */
public class PlannedConversationNotFoundException extends NotFoundException {

    public PlannedConversationNotFoundException(long id) {
        super("No planned conversation " + id);
    }
}
