package be.actraject.web.system;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A {@link DateWindow}'s bounds as the {@code min} and {@code max} of a date input ({@code ${@dateWindows.min('ENTRY')}}),
 * so that the browser's picker offers only the days the server accepts. Bounds are ISO: {@code yyyy-MM-dd} for a
 * date, {@code yyyy-MM-ddTHH:mm} for a {@code datetime-local}, {@code yyyy-MM} for a month; "today" is the
 * cooperative's clock, the same the validator reads.
 */
@Component("dateWindows")
public class DateWindows {

    private final Clock clock;

    public DateWindows(Clock clock) {
        this.clock = clock;
    }

    /** @param window the name of a {@link DateWindow} constant; an unknown name fails the page */
    public String min(String window) {
        return DateWindow.valueOf(window).earliest(today()).toString();
    }

    public String max(String window) {
        return DateWindow.valueOf(window).latest(today()).toString();
    }

    /** The bounds for an input of {@code type}: {@code date}, {@code datetime-local} or {@code month}. */
    public String min(String window, String type) {
        return bound(DateWindow.valueOf(window).earliest(today()), type, "T00:00");
    }

    public String max(String window, String type) {
        return bound(DateWindow.valueOf(window).latest(today()), type, "T23:59");
    }

    private static String bound(LocalDate day, String type, String time) {
        return switch (type) {
            case "datetime-local" -> day + time;
            case "month" -> YearMonth.from(day).toString();
            default -> day.toString();
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
