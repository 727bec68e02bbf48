package be.actraject.web.admin;

import be.actraject.domain.audit.AuditEntry;
import be.actraject.domain.audit.AuditReason;
import be.actraject.web.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says an audit entry's reason ({@link AuditReason}) in the reader's language: {@code audit.reason.<code>} with its
 * arguments, an instant as a date and time in the cooperative's zone; a refused model as one line per problem, as the
 * process room said it ({@code model.problem.<code>}). For the audit page, as {@code @auditReasons}.
 */
@Component("auditReasons")
public class AuditReasons {

    private final MessageSource messages;
    private final Dates dates;

    AuditReasons(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** @return the lines to show, none for an entry without a reason */
    public List<String> lines(AuditEntry entry) {
        AuditReason reason = entry.getReason();
        if (reason == null) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (AuditReason.MODEL_PROBLEMS.equals(reason.code())) {
            List<String> lines = new ArrayList<>();
            List<String> a = reason.arguments();
            for (int i = 0; i + 2 < a.size(); i += 3) {
                String text = messages.getMessage("model.problem." + a.get(i), new Object[] {a.get(i + 2)},
                        a.get(i) + " " + a.get(i + 2), locale);
                lines.add(a.get(i + 1).isEmpty() ? text : a.get(i + 1) + ": " + text);
            }
            return lines;
        }
        Object[] arguments = reason.arguments().stream().map(this::shown).toArray();
        return List.of(messages.getMessage("audit.reason." + reason.code(), arguments, reason.code(), locale));
    }

    /** An instant as the reader's date and time; "–" for an empty one; anything else as it is. */
    private Object shown(String argument) {
        if (argument.isEmpty()) {
            return "–";
        }
        if (argument.length() > 19 && argument.charAt(4) == '-' && argument.endsWith("Z")) {
            try {
                return dates.dateTime(Instant.parse(argument));
            } catch (DateTimeParseException e) {
                return argument;
            }
        }
        return argument;
    }
}
