package be.actraject.bpmn.models;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest migrations' outcomes in full, for the page shown right after one; the audit log keeps each one's summary
 * for good. Bounded: a migration's details are read once, not kept for ever in memory.
 */
final class MigrationOutcomes {

    private static final int KEPT = 20;

    private final Map<String, MigrationOutcome> latest = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MigrationOutcome> eldest) {
            return size() > KEPT;
        }
    };

    synchronized void keep(MigrationOutcome outcome) {
        latest.put(outcome.id(), outcome);
    }

    synchronized Optional<MigrationOutcome> find(String id) {
        return Optional.ofNullable(latest.get(id));
    }
}
