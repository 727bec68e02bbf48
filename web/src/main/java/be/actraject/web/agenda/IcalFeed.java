package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.agenda.AgendaOverview;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Writes agenda entries as an iCalendar feed (RFC 5545) with ical4j: a timed entry in UTC (no VTIMEZONE needed, and
 * the calendar application shows it in its own zone, summer time included), a limit, a follow-up or a "next
 * conversation" as an all-day event on its day. A training moment and a sector meeting carry where they are held
 * (LOCATION: the place, or online) and what they are (DESCRIPTION: module and provider, group and topic). Each UID is the entry's {@link AgendaItem#uid()} under the
 * application's domain, so a later fetch updates an event rather than adding a copy. Lines are folded by octets
 * ({@link OctetFolding}), as RFC 5545 asks and ical4j's writer does not.
 * <p>A day's reminders of a kind beyond what the agenda names ({@link AgendaOverview#counted()}) are one all-day event
 * that says how many and links to the day's list of them, as on the agenda page (issue 19: a coach of 13,500
 * candidates had a feed of 15,572 events, 3.6 MB, which no calendar application shows usefully).
 */
@Component
class IcalFeed {

    static final String UID_DOMAIN = "@ac-traject";

    private final AgendaTexts texts;
    private final Clock clock;

    IcalFeed(AgendaTexts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * @param overview the entries and the busy days' counts, as {@code Agenda.overview} gives them
     * @param baseUrl  the application's address without a trailing slash, for each event's link to the dossier, the
     *                 group or the day's reminders
     */
    String write(AgendaOverview overview, String baseUrl, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//AC Traject//Agenda//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", texts.calendarName(locale)));
        Instant now = clock.instant();
        for (AgendaItem item : overview.items()) {
            calendar.add(event(item, baseUrl, locale, now));
        }
        new TreeMap<>(overview.counted()).forEach((day, kinds) -> overview.countedOn(day).forEach((kind, count) ->
                calendar.add(counted(day, kind, count, baseUrl, locale, now))));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("The agenda could not be written as iCalendar", e);
        }
        return OctetFolding.refold(out.toString());
    }

    private VEvent event(AgendaItem item, String baseUrl, Locale locale, Instant now) {
        String summary = texts.summary(item, locale);
        VEvent event = item.allDay() ? new VEvent(item.day(), summary)
                : new VEvent(item.startsAt(), item.endsAt(), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(item.uid() + UID_DOMAIN));
        String location = item.kind() == AgendaItem.Kind.PLANNED_CONVERSATION ? item.detail()
                : texts.location(item, locale);
        if (location != null) {
            event.add(new Location(location));
        }
        String description = texts.description(item, locale);
        if (description != null) {
            event.add(new Description(description));
        }
        String link = item.candidateId() != null ? "/candidates/" + item.candidateId()
                : item.groupId() == null ? null
                : item.kind() == AgendaItem.Kind.SECTOR_MEETING ? "/sector-groups/" + item.groupId()
                : "/groups/" + item.groupId();
        if (link != null) {
            event.add(new Url(URI.create(baseUrl + link)));
        }
        return event;
    }

    /** A busy day's reminders of one kind: "21 opvolgingen nazorg", a whole day, linked to their list. */
    private VEvent counted(LocalDate day, AgendaItem.Kind kind, int count, String baseUrl, Locale locale,
                           Instant now) {
        VEvent event = new VEvent(day, texts.counted(kind, count, locale));
        event.replace(new DtStamp(now));
        event.add(new Uid("counted-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + day
                + UID_DOMAIN));
        event.add(new Url(URI.create(baseUrl + "/agenda/reminders?date=" + day + "&kind=" + kind.name())));
        return event;
    }
}
