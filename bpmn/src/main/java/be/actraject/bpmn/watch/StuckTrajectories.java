package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.Dossier;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything stuck, by kind: incidents, tasks unclaimed, untouched or overdue, trajectories past a limit or idle,
 * timers that did not fire, and where engine and domain disagree. One {@link StuckCheck} per kind, each SQL that
 * finds only its stuck items (issue 19: the watch used to load every running trajectory, instance and open task and
 * filter them in memory). A look costs a fixed number of statements whatever runs: the counts of every kind in one,
 * a page per kind shown, and the trajectories of the rows shown, with their candidates, in one more.
 */
@Service
public class StuckTrajectories {

    /** The most items a kind shows on a page: the overview's first rows, or a page of the kind alone. */
    public static final int PAGE_SIZE = 50;

    private final List<StuckCheck> checks;
    private final StuckRows rows;
    private final Caseload caseload;
    private final WatchParameters parameters;
    private final KeptLooks kept;
    private final Clock clock;

    /** @throws IllegalStateException when a kind has no check, or two */
    StuckTrajectories(List<StuckCheck> checks, StuckRows rows, Caseload caseload, WatchParameters parameters,
                      KeptLooks kept, Clock clock) {
        Map<StuckKind, Long> perKind = checks.stream()
                .collect(Collectors.groupingBy(StuckCheck::kind, () -> new EnumMap<>(StuckKind.class),
                        Collectors.counting()));
        if (perKind.size() != StuckKind.values().length || perKind.values().stream().anyMatch(n -> n > 1)) {
            throw new IllegalStateException("One check per stuck kind, found " + perKind);
        }
        this.checks = checks.stream().sorted((a, b) -> a.kind().compareTo(b.kind())).toList();
        this.rows = rows;
        this.caseload = caseload;
        this.parameters = parameters;
        this.kept = kept;
        this.clock = clock;
    }

    /**
     * Every kind's count, and the first {@link #PAGE_SIZE} items of each kind that has any: looked at now, or, once
     * many trajectories run, kept a short while ({@link KeptLooks}, {@link WatchView#checkedAt()}).
     *
     * @throws NotPermittedException for anyone but an administrator
     */
    @Transactional(readOnly = true)
    public WatchView overview(Actor administrator) {
        requireAdministrator(administrator);
        return kept.look(null, 1, () -> look(administrator, null, 1), clock.instant());
    }

    /**
     * Every kind's count, and one page of one kind's items: looked at now, or kept a short while as the overview.
     *
     * @param page from 1; a page past the last (the kind shrank since the link was made, or a typed address) shows
     *             the last, as the other lists do
     * @throws NotPermittedException for anyone but an administrator
     * @throws IllegalArgumentException for a page below 1
     */
    @Transactional(readOnly = true)
    public WatchView ofKind(Actor administrator, StuckKind kind, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page " + page);
        }
        requireAdministrator(administrator);
        StuckKind asked = Objects.requireNonNull(kind);
        return kept.look(asked, page, () -> look(administrator, asked, page), clock.instant());
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(actor.userId(), "watch every trajectory");
        }
    }

    private WatchView look(Actor administrator, StuckKind kind, int page) {
        requireAdministrator(administrator);
        MapSqlParameterSource values = WatchSql.parameters(clock.instant(), clock.getZone(), parameters);
        StuckRows.Counts counted = rows.counts(checks, values);
        Map<StuckKind, Long> counts = counted.perKind();
        Map<StuckKind, List<StuckItem>> pages = new EnumMap<>(StuckKind.class);
        int pageShown = kind == null ? page
                : (int) Math.min(page, Math.max(1, (counts.get(kind) + PAGE_SIZE - 1) / PAGE_SIZE));
        for (StuckCheck check : checks) {
            boolean shown = kind == null ? counts.get(check.kind()) > 0 : kind == check.kind();
            if (shown) {
                pages.put(check.kind(), rows.page(check, values, (pageShown - 1) * PAGE_SIZE, PAGE_SIZE,
                        clock.getZone()));
            }
        }
        Map<Long, Trajectory> named = caseload.byIds(pages.values().stream().flatMap(List::stream)
                .map(item -> item.dossier().trajectoryId()).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<StuckKind, StuckList> lists = new LinkedHashMap<>();
        pages.forEach((k, items) -> lists.put(k, new StuckList(k, counts.get(k),
                items.stream().map(item -> named(item, named)).toList(), pageShown, PAGE_SIZE)));
        return new WatchView(counts, lists, kind, counted.running(), null);
    }

    /** The item with its trajectory and candidate, when the dossier holds the trajectory its row names. */
    private static StuckItem named(StuckItem item, Map<Long, Trajectory> trajectories) {
        Long id = item.dossier().trajectoryId();
        // Map.of(), which the caseload answers for no ids, refuses to look up null.
        Trajectory trajectory = id == null ? null : trajectories.get(id);
        return trajectory == null ? item : item.about(Dossier.of(trajectory));
    }
}
