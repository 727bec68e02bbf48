package be.actraject.web.admin;

import be.actraject.domain.audit.AuditEntry;
import be.actraject.domain.audit.AuditReason;
import be.actraject.web.system.Dates;
import be.actraject.web.system.Names;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Says an audit entry's reason ({@link AuditReason}) in the reader's language: {@code audit.reason.<code>} with its
 * arguments, an instant as a date and time in the cooperative's zone; a refused model as one line per problem, as the
 * process room said it ({@code model.problem.<code>}). For the audit page, as {@code @auditReasons}.
 */
@Component("auditReasons")
public class AuditReasons {

    /** A day the domain wrote as ISO-8601 text. */
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A count the domain wrote as text. */
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");

    private final MessageSource messages;
    private final Dates dates;
    private final Names names;

    AuditReasons(MessageSource messages, Dates dates, Names names) {
        this.messages = messages;
        this.dates = dates;
        this.names = names;
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
        boolean people = AuditReason.COACH_CHANGED.equals(reason.code());
        String key = "audit.reason." + reason.code();
        String pattern = messages.getMessage(key, null, "", locale);
        List<String> given = reason.arguments();
        Object[] arguments = new Object[given.size()];
        for (int i = 0; i < arguments.length; i++) {
            String a = given.get(i);
            arguments[i] = people && !a.isEmpty() ? names.of(a) : counted(pattern, i, a) ? Long.valueOf(a) : shown(a);
        }
        return List.of(messages.getMessage(key, arguments, reason.code(), locale));
    }

    /**
     * Whether the message counts with the argument ({@code {0,choice,1#1 verkeerd wachtwoord|1<...}}): the choice
     * needs a number, and the reason keeps every argument as text. Only those: an id must not read "12.345".
     */
    private static boolean counted(String pattern, int index, String argument) {
        return WHOLE.matcher(argument).matches() && pattern.contains("{" + index + ",choice,");
    }

    /** An instant as the reader's date and time, a day as their date; "–" for an empty one; anything else as it is. */
    private Object shown(String argument) {
        if (argument.isEmpty()) {
            return "–";
        }
        if (ISO_DAY.matcher(argument).matches()) {
            return dates.isoDate(argument);
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
