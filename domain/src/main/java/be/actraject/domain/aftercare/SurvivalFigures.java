package be.actraject.domain.aftercare;

import be.actraject.workflow.ExitType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entrepreneur's survival as figures a coordinator reads: per exit year and exit type, how many exited and — at 3,
 * 6, 12, 24 and 36 months — how many had reached that moment, how many of those answered its follow-up and how many
 * were still in business. An exit counts at a moment only once the moment has come (the exit day plus the months, as
 * the aftercare schedule dates the follow-up), so a recent exit does not swell the 24- or 36-month "unknown"; a stop
 * starts no aftercare and reaches no moment. Counted
 * by the database in two grouped queries whatever the number of exits; the caller (a coordinator's page) has checked
 * the role, as the figures name nobody.
 */
@Service
public class SurvivalFigures {

    /** The follow-up moments reported, as the offsets the aftercare schedule writes on each follow-up. */
    public static final List<String> MOMENTS = List.of("P3M", "P6M", "P12M", "P24M", "P36M");

    private final SurvivalQueries queries;
    private final Clock clock;

    SurvivalFigures(SurvivalQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The moments in months after the exit: 3, 6, 12, 24, 36. */
    public static List<Long> months() {
        return MOMENTS.stream().map(m -> Period.parse(m).toTotalMonths()).toList();
    }

    /**
     * The moments worth a column: the positions in {@link #months()} that at least one row has reached. A moment no
     * exit has reached yet (36 months in a young cooperative) would be a column of "not yet" only. The screen and the
     * funder's PDF both show these.
     */
    public static List<Integer> reachedColumns(List<SurvivalRow> rows) {
        return java.util.stream.IntStream.range(0, MOMENTS.size())
                .filter(i -> rows.stream().anyMatch(r -> r.moments().get(i).reached())).boxed().toList();
    }

    /** Newest exit year first, then in the order of the exit types. */
    @Transactional(readOnly = true)
    public List<SurvivalRow> perExitYearAndType() {
        List<Long> months = months();
        int size = months.size();
        Map<Group, long[]> answers = new HashMap<>();
        for (Object[] r : queries.answers(spellings(months), Situation.IN_BUSINESS)) {
            long[] counts = answers.computeIfAbsent(new Group(r[0], r[1]), g -> new long[size * 2]);
            int at = months.indexOf(Period.parse((String) r[2]).toTotalMonths()) * 2;
            // A schedule spelled in years (P2Y) and one in months (P24M) are the same moment.
            counts[at] += ((Number) r[3]).longValue();
            counts[at + 1] += ((Number) r[4]).longValue();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Group, long[]> exits = new HashMap<>();
        for (Object[] r : queries.exitsPerDay()) {
            LocalDate day = (LocalDate) r[0];
            long[] counts = exits.computeIfAbsent(new Group(day.getYear(), (ExitType) r[1]), g -> new long[size + 1]);
            long n = ((Number) r[2]).longValue();
            counts[0] += n;
            // A stop starts no aftercare: its exits are counted, but no moment ever comes for them (else they would
            // stand as "unknown" at every moment, for good).
            for (int i = 0; i < size && r[1] != ExitType.STOPPED; i++) {
                if (!day.plusMonths(months.get(i)).isAfter(today)) {
                    counts[i + 1] += n;
                }
            }
        }
        List<SurvivalRow> rows = new ArrayList<>();
        exits.forEach((group, counts) -> {
            long[] answered = answers.getOrDefault(group, new long[size * 2]);
            List<SurvivalMoment> moments = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                moments.add(new SurvivalMoment(counts[i + 1], answered[2 * i], answered[2 * i + 1]));
            }
            rows.add(new SurvivalRow(group.year(), group.type(), counts[0], List.copyOf(moments)));
        });
        rows.sort(Comparator.comparingInt(SurvivalRow::exitYear).reversed()
                .thenComparing(SurvivalRow::exitType));
        return rows;
    }

    /** Each moment as the schedule may write it: in months, and in years for whole years (P12M and P1Y). */
    private static Set<String> spellings(List<Long> months) {
        Set<String> spelled = new LinkedHashSet<>();
        for (long m : months) {
            spelled.add("P" + m + "M");
            if (m % 12 == 0) {
                spelled.add("P" + m / 12 + "Y");
            }
        }
        return spelled;
    }

    private record Group(int year, ExitType type) {
        Group(Object year, Object type) {
            this(((Number) year).intValue(), (ExitType) type);
        }
    }
}
