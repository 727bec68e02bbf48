package be.actraject.domain.aftercare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One line of the dossier's "Na de uitstroom" box: a follow-up moment in months after the exit and its answer, or no
 * answer (null) for a survival moment that has come without one.
 */
public record AfterExitLine(long months, AftercareContact answer) {

    /**
     * The box's lines in the order of the moments: each survival moment ({@link SurvivalFigures#MOMENTS}) that has
     * come since the exit — answered or not, so that a missing 24-month answer shows as missing — and every answer
     * at another moment of the schedule. A moment still ahead has no line: it has nothing to say yet.
     */
    public static List<AfterExitLine> of(LocalDate exit, LocalDate today, Collection<AftercareContact> contacts) {
        Map<Long, AftercareContact> byMoment = contacts.stream().collect(Collectors.toMap(
                AftercareContact::followUpMonths, Function.identity(),
                (a, b) -> a.getContactedOn().isAfter(b.getContactedOn()) ? a : b));
        List<AfterExitLine> lines = new ArrayList<>();
        for (long months : SurvivalFigures.months()) {
            if (byMoment.containsKey(months) || !exit.plusMonths(months).isAfter(today)) {
                lines.add(new AfterExitLine(months, byMoment.get(months)));
            }
        }
        byMoment.forEach((months, answer) -> {
            if (!SurvivalFigures.months().contains(months)) {
                lines.add(new AfterExitLine(months, answer));
            }
        });
        lines.sort(Comparator.comparingLong(AfterExitLine::months));
        return lines;
    }

    public boolean answered() {
        return answer != null;
    }
}
