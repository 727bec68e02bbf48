package be.actraject.bpmn.models;

import java.util.List;

/** A migration of one instance that would leave it two timers or two tasks for one event; it is rolled back. */
class DuplicateWorkException extends RuntimeException {

    private final List<String> duplicates;

    DuplicateWorkException(List<String> duplicates) {
        super("Would hold twice: " + duplicates);
        this.duplicates = List.copyOf(duplicates);
    }

    List<String> duplicates() {
        return duplicates;
    }
}
