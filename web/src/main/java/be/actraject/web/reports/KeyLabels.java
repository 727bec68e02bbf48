package be.actraject.web.reports;

import be.actraject.domain.figures.Figure;
import be.actraject.web.number.TypedNumbers;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The words for a figure's keys in one language: a phase, exit type, limit or presence by its bundle key, a coach by
 * their name, a learning group by its name, {@link Figure#ALL} and {@link Figure#NONE} by the dashboard's own words.
 * The charts need them as text (not as template expressions), so they are resolved here.
 */
final class KeyLabels {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> people;
    private final Map<Long, String> groups;

    KeyLabels(MessageSource messages, Locale locale, Map<String, String> people, Map<Long, String> groups) {
        this.messages = messages;
        this.locale = locale;
        this.people = people;
        this.groups = groups;
    }

    String label(Figure figure, String key) {
        if (Figure.ALL.equals(key)) {
            return text("reports.key.all");
        }
        if (Figure.NONE.equals(key)) {
            return text(figure == Figure.CANDIDATES_PER_COACH ? "reports.key.noCoach" : "reports.key.noGroup");
        }
        return switch (figure) {
            case CANDIDATES_PER_PHASE, EXITS_BY_PHASE, TIME_PER_PHASE -> text("phase." + key);
            case EXITS_BY_TYPE -> text("exit." + key);
            case LIMITS_REACHED, LIMITS_EXTENDED, LIMITS_ENDED -> text("limit." + key);
            case EARNINGS_IN_INVOICING -> text("figure.key." + key);
            case SESSION_ATTENDANCE -> text("presence." + key);
            case CANDIDATES_PER_COACH -> people.getOrDefault(key, key);
            case CANDIDATES_PER_LEARNING_GROUP -> group(key);
            default -> key;
        };
    }

    /** Days as this reader writes numbers ({@link Charts#days}). */
    String days(Double value) {
        return Charts.days(value, locale);
    }

    /** An amount in euro as this reader writes it ({@code € 1.234,50} in Dutch); "–" for none. */
    String euro(BigDecimal value) {
        return value == null ? "–" : TypedNumbers.euro(value, locale);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private String group(String key) {
        try {
            return groups.getOrDefault(Long.valueOf(key), key);
        } catch (NumberFormatException notAnId) {
            return key;
        }
    }
}
