package be.actraject.domain.training;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.workflow.Role;

/** The catalogue of providers and modules, and the agreement to a paid module, are the coordinators' work. */
final class CoordinatorsOnly {

    private CoordinatorsOnly() {
    }

    static void require(Actor actor, String action) {
        if (!actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), action);
        }
    }
}
