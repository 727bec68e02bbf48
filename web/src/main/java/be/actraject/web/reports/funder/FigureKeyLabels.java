package be.actraject.web.reports.funder;

import be.actraject.domain.figures.Figure;
import be.actraject.domain.group.LearningGroups;
import be.actraject.web.system.Names;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * A figure's row key in words: a phase, an exit type, a limit or a presence by the bundles' names for them, a coach
 * by their display name, a learning group by its name, a figure of one number as the total.
 */
@Component
class FigureKeyLabels {

    private final MessageSource messages;
    private final Names names;
    private final LearningGroups groups;

    FigureKeyLabels(MessageSource messages, Names names, LearningGroups groups) {
        this.messages = messages;
        this.names = names;
        this.groups = groups;
    }

    String label(Figure figure, String key, Locale locale) {
        if (Figure.ALL.equals(key)) {
            return text("funder.key.all", locale);
        }
        return switch (figure) {
            case CANDIDATES_PER_PHASE, EXITS_BY_PHASE, TIME_PER_PHASE -> text("phase." + key, locale);
            case EXITS_BY_TYPE -> text("exit." + key, locale);
            case LIMITS_REACHED, LIMITS_EXTENDED, LIMITS_ENDED -> text("limit." + key, locale);
            case EARNINGS_IN_INVOICING -> text("figure.key." + key, locale);
            case SESSION_ATTENDANCE -> text("presence." + key, locale);
            case CANDIDATES_PER_COACH -> Figure.NONE.equals(key) ? text("funder.key.noCoach", locale) : names.of(key);
            case CANDIDATES_PER_LEARNING_GROUP -> Figure.NONE.equals(key) ? text("funder.key.noGroup", locale)
                    : groups.group(Long.parseLong(key)).getName();
            default -> key;
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
