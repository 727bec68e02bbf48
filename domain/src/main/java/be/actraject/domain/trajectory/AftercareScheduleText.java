package be.actraject.domain.trajectory;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** An aftercare schedule as stored and as the parameter writes it: ISO periods separated by commas ("P3M,P6M"). */
public final class AftercareScheduleText {

    private AftercareScheduleText() {
    }

    public static String format(List<Period> schedule) {
        return schedule.stream().map(Period::toString).collect(Collectors.joining(","));
    }

    /** @throws java.time.format.DateTimeParseException for a part that is no period */
    public static List<Period> parse(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Period::parse)
                .toList();
    }
}
