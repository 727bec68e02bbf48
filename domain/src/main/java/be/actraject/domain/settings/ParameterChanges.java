package be.actraject.domain.settings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The stored changes of the trajectory parameters. Who may change what, and whether a value fits, is the settings'
 * business ({@code bpmn.parameters.ParameterSettings}); this only keeps the record, which is never changed.
 */
@Service
@Transactional(readOnly = true)
public class ParameterChanges {

    /** How many changes the history shows. */
    private static final int HISTORY = 50;

    private final ParameterChangeRepository changes;

    ParameterChanges(ParameterChangeRepository changes) {
        this.changes = changes;
    }

    /** Every change, the oldest first: applied in this order, the latest of each name wins. */
    public List<ParameterChange> inOrder() {
        return changes.findAllByOrderByIdAsc();
    }

    /** The id of the latest change, 0 when there is none: what a node polls to learn whether it is behind. */
    public long latestId() {
        return changes.latestId();
    }

    /** The changes after the one with id {@code id}, the oldest first. */
    public List<ParameterChange> after(long id) {
        return changes.findByIdGreaterThanOrderByIdAsc(id);
    }

    /** The changes of the parameter named {@code name} (its key), the oldest first. */
    public List<ParameterChange> of(String name) {
        return changes.findByNameOrderByIdAsc(name);
    }

    /** The last {@value #HISTORY} changes, the newest first. */
    public List<ParameterChange> history() {
        return changes.findTop50ByOrderByIdDesc();
    }

    /** Stores a change of the parameter named {@code name} (its key) and returns it with its id. */
    @Transactional
    public ParameterChange record(String name, String oldValue, String newValue, String reason, String changedBy,
                                  Instant changedAt) {
        return changes.save(new ParameterChange(name, oldValue, newValue, reason, changedBy, changedAt));
    }
}
