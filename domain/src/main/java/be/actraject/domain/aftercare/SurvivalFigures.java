package be.actraject.domain.aftercare;

import be.actraject.workflow.ExitType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entrepreneur's survival as figures a coordinator reads: per exit year and exit type, how many exited and how
 * many were still in business at 3, 6 and 12 months among those who answered that follow-up. Counted by the
 * database in two grouped queries; the caller (a coordinator's page) has checked the role, as the figures name
 * nobody.
 */
@Service
public class SurvivalFigures {

    /** The follow-up moments reported, as the offsets the aftercare schedule writes on each follow-up. */
    public static final List<String> MOMENTS = List.of("P3M", "P6M", "P12M");

    private final SurvivalQueries queries;

    SurvivalFigures(SurvivalQueries queries) {
        this.queries = queries;
    }

    /** Newest exit year first, then in the order of the exit types. */
    @Transactional(readOnly = true)
    public List<SurvivalRow> perExitYearAndType() {
        Map<Group, long[]> answers = new HashMap<>();
        for (Object[] r : queries.answers(MOMENTS, Situation.IN_BUSINESS)) {
            long[] counts = answers.computeIfAbsent(new Group(r[0], r[1]), g -> new long[MOMENTS.size() * 2]);
            int at = MOMENTS.indexOf((String) r[2]) * 2;
            counts[at] = ((Number) r[3]).longValue();
            counts[at + 1] = ((Number) r[4]).longValue();
        }
        List<SurvivalRow> rows = new ArrayList<>();
        for (Object[] r : queries.exits()) {
            Group group = new Group(r[0], r[1]);
            long exited = ((Number) r[2]).longValue();
            long[] counts = answers.getOrDefault(group, new long[MOMENTS.size() * 2]);
            List<SurvivalMoment> moments = new ArrayList<>();
            for (int i = 0; i < MOMENTS.size(); i++) {
                moments.add(new SurvivalMoment(counts[2 * i], counts[2 * i + 1], exited - counts[2 * i]));
            }
            rows.add(new SurvivalRow(group.year(), group.type(), exited, List.copyOf(moments)));
        }
        rows.sort(Comparator.comparingInt(SurvivalRow::exitYear).reversed()
                .thenComparing(SurvivalRow::exitType));
        return rows;
    }

    private record Group(int year, ExitType type) {
        Group(Object year, Object type) {
            this(((Number) year).intValue(), (ExitType) type);
        }
    }
}
