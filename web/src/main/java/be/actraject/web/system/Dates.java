package be.actraject.web.system;

import be.actraject.domain.agenda.WallClock;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
    private final DateTimeFormatter time;
    /** For a time the autumn night has twice: the zone's name (CEST, CET) tells the two apart. */
    private final DateTimeFormatter zoneName;

    private final ZoneId zone;

    public Dates(Clock clock) {
        this.zone = clock.getZone();
        this.date = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(clock.getZone());
        this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone());
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone());
        this.zoneName = DateTimeFormatter.ofPattern(" z", java.util.Locale.ENGLISH).withZone(clock.getZone());
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

    /** A moment's date and time; on the autumn night's repeated hour with its zone ({@code 25/10/2026 02:30 CET}). */
    public String dateTime(Instant instant) {
        return format(dateTime, instant) + twiceSuffix(instant);
    }

    /**
     * A moment's time of day ({@code 14:30}); on the autumn night's repeated hour with its zone, so that a
     * conversation from the first 02:30 to the second shows {@code 02:30 CEST–02:30 CET}, not 02:30–02:30.
     */
    public String time(Instant instant) {
        return format(time, instant) + twiceSuffix(instant);
    }

    /**
     * A wall-clock time on a day, as a training moment keeps it ({@code 09:30}); on the autumn night's repeated hour
     * with its zone like {@link #time}. Such a time is its first, summer-time occurrence, as
     * {@link be.actraject.domain.agenda.WallClock} and the moment's own instant take it, so it reads
     * {@code 02:30 CEST}.
     */
    public String wallTime(LocalDate day, LocalTime wallTime) {
        if (day == null || wallTime == null) {
            return "";
        }
        return time(day.atTime(wallTime).atZone(zone).withEarlierOffsetAtOverlap().toInstant());
    }

    private String twiceSuffix(Instant instant) {
        return instant != null && WallClock.ambiguous(instant, zone) ? zoneName.format(instant) : "";
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }
}
