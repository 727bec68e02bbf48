package be.actraject.web.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date typed in a plain request parameter ({@code <input type="date">} posts ISO 8601, {@code 2026-11-30}), read
 * strictly: {@code 2026-11-31} and {@code 2026-02-30} are refused, not moved to the month's last day. For forms
 * without a form object, so that an impossible date comes back to the form with the date message
 * ({@code typeMismatch.java.time.LocalDate}) instead of a 400 page.
 */
public final class TypedDates {

    /** The message key of a date that is not one, the same as a form object's binding uses. */
    public static final String INVALID = "typeMismatch.java.time.LocalDate";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private TypedDates() {
    }

    /**
     * The date typed, or {@code null} for nothing typed (the caller decides whether a date is required).
     *
     * @throws DateTimeParseException for text that is not an existing day in ISO 8601 ({@code uuuu-MM-dd})
     */
    public static LocalDate iso(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return LocalDate.parse(typed.strip(), ISO);
    }

    /**
     * The day, when its window holds it (no day passes: whether one is required is the caller's rule).
     *
     * @throws DateOutsideWindowException for a day outside the window from today on {@code clock}
     */
    public static LocalDate within(LocalDate day, DateWindow window, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (!window.admits(day, today)) {
            throw new DateOutsideWindowException(window, today);
        }
        return day;
    }
}
