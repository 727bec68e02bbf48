package be.actraject.bpmn.parameters;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.settings.ParameterChange;
import be.actraject.domain.settings.ParameterChanges;
import be.actraject.workflow.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The trajectory parameters as coordinators change them on the settings page: each change checked against all the
 * others, stored with its reason ({@link ParameterChange}) and in the audit log, and applied to the running
 * application once its transaction commits. At start-up the stored changes are applied over the configuration, in
 * order; after that, every few seconds ({@code actraject.parameters.refresh}), the changes stored since — by another
 * node of a cluster — are applied the same way, so that every node works with the same values within that time.
 */
@Service
public class ParameterSettings implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ParameterSettings.class);

    /** One parameter as the settings page shows it. */
    public record Setting(Parameter parameter, String value, String configured, ParameterChange lastChange) {
    }

    private final TrajectoryParameters live;
    private final ParameterChanges changes;
    private final AuditLog audit;
    private final Clock clock;
    /** The values of the configuration, before any change from the page. */
    private final Map<Parameter, String> configured = new EnumMap<>(Parameter.class);
    /** The id of the last stored change applied on this node (0: none yet). */
    private long lastApplied;
    /** Whether the start-up's refresh is over: the later ones say in the log what they applied. */
    private volatile boolean started;

    public ParameterSettings(TrajectoryParameters live, ParameterChanges changes, AuditLog audit,
                             Clock clock) {
        this.live = live;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        Parameter.all().forEach(p -> configured.put(p, p.valueIn(live)));
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresh();
        started = true;
    }

    /**
     * Applies the changes stored after the last one this node applied: at start-up all of them, later those another
     * node made (this node's own are applied at their commit already, and again here, to the same value). Costs one
     * query of the highest id (the primary key's index) while nothing changed.
     *
     * <p>Changes are applied in the order of their ids. Two coordinators saving on two nodes within the same moment
     * could commit in the other order than their ids; a poll in between then skips the one that committed last,
     * until this node's next start. Both are in the history.
     */
    public synchronized void refresh() {
        long latest = changes.latestId();
        if (latest <= lastApplied) {
            return;
        }
        List<ParameterChange> newer = changes.after(lastApplied);
        // Each parameter's latest change only, in the order of their ids: applying its older ones first showed their
        // values for a moment, and a request in between read a value two changes old (a test saw 1234.56 after 3.33).
        Map<String, ParameterChange> latestOfEach = new HashMap<>();
        newer.forEach(change -> latestOfEach.put(change.getName(), change));
        latestOfEach.values().stream().sorted(Comparator.comparingLong(ParameterChange::getId)).forEach(this::apply);
        lastApplied = newer.isEmpty() ? lastApplied : newer.get(newer.size() - 1).getId();
        if (started) {
            log.info("Applied {} stored parameter change(s), up to change {}", newer.size(), lastApplied);
        }
    }

    /**
     * Every {@code actraject.parameters.refresh}. While the database is away this says so in one line each time, not
     * with the scheduler's stack trace: the failed requests already tell (see "When the database is down").
     */
    @Scheduled(fixedDelayString = "${actraject.parameters.refresh:5s}",
            initialDelayString = "${actraject.parameters.refresh:5s}")
    void poll() {
        try {
            refresh();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Parameter changes not refreshed: {}", e.getMostSpecificCause().getMessage());
        }
    }

    private void apply(ParameterChange change) {
        Parameter.byKey(change.getName()).ifPresentOrElse(p -> {
            try {
                TrajectoryParameters candidate = copyOf(live);
                p.writeTo(candidate, change.getNewValue());
                candidate.validate();
                p.writeTo(live, change.getNewValue());
            } catch (RuntimeException e) {
                log.warn("Stored change {} of {} no longer applies: {}", change.getId(), change.getName(),
                        e.getMessage());
            }
        }, () -> log.warn("Stored change {} names no parameter: {}", change.getId(), change.getName()));
    }

    public List<Setting> all(Actor actor) {
        requireCoordinator(actor);
        Map<String, ParameterChange> latest = changes.inOrder().stream()
                .collect(Collectors.toMap(ParameterChange::getName, Function.identity(), (a, b) -> b));
        return Parameter.all().stream().map(p -> new Setting(p, p.valueIn(live), configured.get(p),
                latest.get(p.key()))).toList();
    }

    public List<ParameterChange> history(Actor actor) {
        requireCoordinator(actor);
        return changes.history();
    }

    /**
     * @throws ParameterRefusedException when the value does not parse, does not fit with the others, is the current
     *                                   one, or comes without a reason
     */
    @Transactional
    public ParameterChange change(Parameter parameter, String value, String reason, Actor actor) {
        requireCoordinator(actor);
        if (reason == null || reason.isBlank()) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.NO_REASON, null);
        }
        String typed = value == null ? "" : value.strip();
        TrajectoryParameters candidate = copyOf(live);
        try {
            parameter.writeTo(candidate, typed);
        } catch (RuntimeException e) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.FORMAT, typed);
        }
        try {
            candidate.validate();
        } catch (InvalidParameterException e) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.INVALID, e.getMessage());
        }
        String old = parameter.valueIn(live);
        String normalised = parameter.valueIn(candidate);
        if (old.equals(normalised)) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.UNCHANGED, old);
        }
        ParameterChange saved = changes.record(parameter.key(), old, normalised, reason.strip(), actor.userId(),
                clock.instant());
        audit.record(AuditKind.PARAMETER_CHANGED, actor.userId(), parameter.key(),
                old + " → " + normalised + ": " + reason.strip(), saved.getId().toString());
        // The running application takes the value only once it is stored for good.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                parameter.writeTo(live, normalised);
            }
        });
        return saved;
    }

    private static TrajectoryParameters copyOf(TrajectoryParameters parameters) {
        TrajectoryParameters copy = new TrajectoryParameters();
        BeanUtils.copyProperties(parameters, copy);
        return copy;
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "change the trajectory parameters");
        }
    }
}
