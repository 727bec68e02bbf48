package be.actraject.web.invoice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * A day typed in the invoice book's period: the Dutch way ({@code 31-01-2026}, {@code 31/1/2026}) or as ISO 8601
 * (what a date picker and old bookmarks send), read strictly, so that {@code 31-02-2026} is refused, not moved to the
 * month's last day.
 */
final class BookDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

    private BookDates() {
    }

    /**
     * The day, or null for nothing typed.
     *
     * @throws DateTimeParseException for text that is no existing day in any of the formats
     */
    static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.replace('\u00A0', ' ').strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format may read it
            }
        }
        throw new DateTimeParseException("not a day", text, 0);
    }
}
