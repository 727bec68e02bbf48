package be.actraject.web.system;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates as the templates show them ({@code ${@dates.date(...)}}): the Belgian day/month/year in both languages,
 * moments in the cooperative's time zone rather than the server's.
 */
@Component("dates")
public class Dates {

    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private final ZoneId zone;

    public Dates(Clock clock) {
        this.zone = clock.getZone();
        this.date = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(clock.getZone());
        this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone());
    }

    public String date(Instant instant) {
        return format(date, instant);
    }

    public String date(LocalDate day) {
        return format(date, day);
    }

    /** A date the domain wrote as text (yyyy-MM-dd), such as a timeline entry's detail. */
    public String isoDate(String isoDate) {
        return isoDate == null ? "" : format(date, LocalDate.parse(isoDate));
    }

    /** A month the domain wrote as text (yyyy-MM), such as a monthly statement's: {@code 10/2026}. */
    public String isoMonth(String isoMonth) {
        return isoMonth == null ? "" : DateTimeFormatter.ofPattern("MM/yyyy").format(java.time.YearMonth.parse(isoMonth));
    }

    /** The cooperative's calendar day of a moment, as a date input's value (yyyy-MM-dd). */
    public String isoDay(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return format(dateTime, instant);
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }
}
