package be.actraject.bpmn.models;

import be.actraject.bpmn.models.ModelProblem.Code;
import org.springframework.scheduling.support.CronExpression;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The timers of a model that the engine would only refuse when they fire: a literal duration, date or cycle must
 * parse here, at validation, so a model whose timer can never fire is not deployed.
 */
final class TimerCheck {

    private TimerCheck() {
    }

    /** A literal timer must parse; one given by an expression is checked by the sandbox's rules. */
    static void check(String kind, String value, String owner, List<ModelProblem> problems) {
        if (value.isEmpty()) {
            problems.add(new ModelProblem(Code.BAD_TIMER, owner, kind));
            return;
        }
        if (value.startsWith("${") || value.startsWith("#{")) {
            return;
        }
        boolean ok = switch (kind) {
            case "timeDuration" -> parsesAsDuration(value);
            // With an offset, or without one: then it is read on the cooperative's clock (ZonedDueDateCalendar).
            case "timeDate" -> parses(() -> OffsetDateTime.parse(value))
                    || parses(() -> LocalDateTime.parse(value));
            case "timeCycle" -> value.startsWith("R") ? value.contains("/") && parsesAsDuration(
                    value.substring(value.lastIndexOf('/') + 1)) : CronExpression.isValidExpression(
                    value.replace('?', '*'));
            default -> false;
        };
        if (!ok) {
            problems.add(new ModelProblem(Code.BAD_TIMER, owner, value));
        }
    }

    private static boolean parsesAsDuration(String value) {
        return parses(() -> Duration.parse(value)) || parses(() -> Period.parse(value))
                || (value.contains("T") && parses(() -> {
                    String[] parts = value.split("T", 2);
                    Period.parse(parts[0].equals("P") ? "P0D" : parts[0]);
                    Duration.parse("PT" + parts[1]);
                }));
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }
}
