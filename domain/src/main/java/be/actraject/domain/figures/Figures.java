package be.actraject.domain.figures;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.aftercare.SurvivalFigures;
import be.actraject.domain.aftercare.SurvivalRow;
import be.actraject.domain.group.LearningGroups;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of the catalogue ({@link Figure}) for a period and filter, and the trajectories behind each number:
 * the one implementation every screen and export uses. Counted by the database, one grouped query per figure.
 * <p>
 * Who sees what: coordinators and administrators see the whole cooperative; a coach sees the figures of their own
 * caseload only (the filter's coach is theirs, whatever was asked; asking for a colleague's is refused); nobody else
 * sees figures. That is the default the issue asks to name; a setting that gives coaches nothing is the web's to add.
 */
@Service
public class Figures {

    private final FigureQueries queries;
    private final KeptFigureCounts kept;
    private final SurvivalFigures survival;
    private final LearningGroups groups;
    private final Clock clock;

    Figures(FigureQueries queries, KeptFigureCounts kept, SurvivalFigures survival, LearningGroups groups,
            Clock clock) {
        this.queries = queries;
        this.kept = kept;
        this.survival = survival;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * A figure's rows: every key of {@link Figure#keys()} in its order (zero where nothing counted), or, for an open
     * list, the keys that counted something in the order of their text. Once the cooperative has many trajectories
     * the rows may have been counted up to a minute before ({@link FigureResult#countedAt()}, {@link KeptFigureCounts}).
     *
     * @throws IllegalArgumentException for {@link Figure#SURVIVAL}, which is {@link #survival}
     * @throws be.actraject.domain.group.GroupNotFoundException when the filter names a group that does not exist
     * @throws NotPermittedException    when the actor may not see these figures
     */
    @Transactional(readOnly = true)
    public FigureResult count(Figure figure, Period period, FigureFilter filter, Actor actor) {
        FigureFilter scoped = scoped(filter, actor);
        LocalDate today = LocalDate.now(clock);
        KeptFigureCounts.Counted found = kept.count(figure, period, scoped, today,
                () -> queries.count(FigureDefinitions.of(figure), period, scoped, today, clock.getZone()));
        return new FigureResult(figure, period, scoped, ordered(figure, found.rows()), found.countedAt());
    }

    /**
     * The trajectories behind one number, by id ascending: as many as the number, so a trajectory counted twice
     * (two attendances, a phase passed twice) is listed twice.
     *
     * @throws FigureKeyNotFoundException for a key outside the figure's fixed keys
     * @throws NotPermittedException    when the actor may not see these figures, as for {@link #count}; also a coach
     *                                  asking for {@link Figure#CANDIDATES_PER_COACH} under a colleague's key, which
     *                                  names that colleague's caseload as a filter on the coach would (within their own
     *                                  caseload it would count 0 beside the colleague's name)
     */
    @Transactional(readOnly = true)
    public List<Long> trajectories(Figure figure, String key, Period period, FigureFilter filter, Actor actor) {
        if (!figure.keys().isEmpty() && !figure.keys().contains(key)) {
            throw new FigureKeyNotFoundException(figure, key);
        }
        FigureFilter scoped = scoped(filter, actor);
        if (figure == Figure.CANDIDATES_PER_COACH) {
            scoped(filter.withCoach(key), actor);
        }
        return queries.trajectories(FigureDefinitions.of(figure), key, period, scoped, LocalDate.now(clock),
                clock.getZone());
    }

    /**
     * The trajectories behind one number of an amount figure ({@link Figure.Shape#AMOUNT}), by id ascending, each
     * with its amount over the period in euro: the list {@link #trajectories} gives, with the money.
     *
     * @throws IllegalArgumentException    for a figure that is no amount
     * @throws FigureKeyNotFoundException for a key outside the figure's keys
     */
    @Transactional(readOnly = true)
    public List<FigureAmount> amounts(Figure figure, String key, Period period, FigureFilter filter, Actor actor) {
        if (figure.shape() != Figure.Shape.AMOUNT) {
            throw new IllegalArgumentException(figure + " is no figure of amounts");
        }
        if (!figure.keys().contains(key)) {
            throw new FigureKeyNotFoundException(figure, key);
        }
        FigureFilter scoped = scoped(filter, actor);
        return queries.amountsBehind(FigureDefinitions.of(figure), key, period, scoped, LocalDate.now(clock),
                clock.getZone());
    }

    /** Survival after the exit, as {@link SurvivalFigures} counts it; the whole cooperative's, so not for coaches. */
    @Transactional(readOnly = true)
    public List<SurvivalRow> survival(Actor actor) {
        if (!seesAll(actor)) {
            throw new NotPermittedException(actor.userId(), "read the cooperative's survival figures");
        }
        return survival.perExitYearAndType();
    }

    private FigureFilter scoped(FigureFilter filter, Actor actor) {
        filter.learningGroupId().ifPresent(groups::group);
        if (seesAll(actor)) {
            return filter;
        }
        if (!actor.has(Role.COACH)
                || filter.coachId().filter(coach -> !coach.equals(actor.userId())).isPresent()) {
            throw new NotPermittedException(actor.userId(), "read figures of " + filter.coachId().orElse("all"));
        }
        return filter.withCoach(actor.userId());
    }

    private static boolean seesAll(Actor actor) {
        return actor.has(Role.COORDINATOR) || actor.has(Role.ADMINISTRATOR);
    }

    private static List<FigureRow> ordered(Figure figure, List<FigureRow> found) {
        if (figure.keys().isEmpty()) {
            List<FigureRow> open = new ArrayList<>(found);
            open.sort(Comparator.comparing(FigureRow::key));
            return List.copyOf(open);
        }
        Map<String, FigureRow> byKey = found.stream().collect(Collectors.toMap(FigureRow::key, Function.identity()));
        return figure.keys().stream().map(k -> byKey.getOrDefault(k, FigureRow.empty(figure, k))).toList();
    }
}
