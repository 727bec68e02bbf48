package be.actraject.web.print;

import be.actraject.domain.NotFoundException;

/** A print asked for something the dossier does not hold (no plan yet, a conversation of another trajectory). */
class NothingToPrintException extends NotFoundException {

    NothingToPrintException(String what, long candidateId) {
        super("No " + what + " to print for candidate " + candidateId);
    }
}
