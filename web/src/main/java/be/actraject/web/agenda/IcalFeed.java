package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;
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
import java.util.List;
import java.util.Locale;

/**
 * Writes agenda entries as an iCalendar feed (RFC 5545) with ical4j: a timed entry in UTC (no VTIMEZONE needed, and
 * the calendar application shows it in its own zone, summer time included), a limit, a follow-up or a "next
 * conversation" as an all-day event on its day. A training moment and a sector meeting carry where they are held
 * (LOCATION: the place, or online) and what they are (DESCRIPTION: module and provider, group and topic). Each UID is the entry's {@link AgendaItem#uid()} under the
 * application's domain, so a later fetch updates an event rather than adding a copy. Lines are folded by octets
 * ({@link OctetFolding}), as RFC 5545 asks and ical4j's writer does not.
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
     * @param items   the entries, as {@code Agenda.between} gives them
     * @param baseUrl the application's address without a trailing slash, for each event's link to the dossier or
     *                the group
     */
    String write(List<AgendaItem> items, String baseUrl, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//AC Traject//Agenda//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", texts.calendarName(locale)));
        Instant now = clock.instant();
        for (AgendaItem item : items) {
            calendar.add(event(item, baseUrl, locale, now));
        }
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
}
