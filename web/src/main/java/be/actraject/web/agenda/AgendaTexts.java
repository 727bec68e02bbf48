package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an agenda entry is called, in the user's language: the same sentence on the agenda page
 * ({@code ${@agendaTexts.summary(item, #locale)}}) and in the calendar feed, from {@code agenda.summary.<KIND>}.
 */
@Component("agendaTexts")
public class AgendaTexts {

    private final MessageSource messages;

    AgendaTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The entry's one-line summary: what it is and for whom (a candidate's name, a group's name and topic). */
    public String summary(AgendaItem item, Locale locale) {
        String how = item.conversationKind() == null ? ""
                : messages.getMessage("conversation.kind." + item.conversationKind(), null, locale);
        Object detail = item.kind() == AgendaItem.Kind.AFTERCARE_FOLLOW_UP ? afterExit(item.detail(), locale) : item.detail();
        return messages.getMessage("agenda.summary." + item.kind(),
                new Object[]{item.title(), detail == null ? "" : detail, how}, locale);
    }

    /**
     * Where a training moment or a sector meeting is held, for the feed's LOCATION: its place, "online", or both as
     * the module's page says it; null when the entry names none (a planned conversation's place is its detail).
     */
    public String location(AgendaItem item, Locale locale) {
        if (item.online()) {
            return item.place() == null ? messages.getMessage("training.module.online", null, locale)
                    : messages.getMessage("training.module.placeAndOnline", new Object[]{item.place()}, locale);
        }
        return item.place();
    }

    /**
     * What the feed's DESCRIPTION says of a training moment (module and provider) or a sector meeting (group and
     * topic); null for the other kinds, whose summary says it all.
     */
    public String description(AgendaItem item, Locale locale) {
        if (item.about() == null) {
            return null;
        }
        Object[] args = item.kind() == AgendaItem.Kind.TRAINING_MOMENT
                ? new Object[]{item.detail(), item.about()} : new Object[]{item.title(), item.about()};
        return messages.getMessage("agenda.description." + item.kind(), args, locale);
    }

    /** A busy day's reminders of one kind, counted: "21 opvolgingen nazorg", from {@code agenda.counted.<KIND>}. */
    public String counted(AgendaItem.Kind kind, int count, Locale locale) {
        return messages.getMessage("agenda.counted." + kind, new Object[]{count}, locale);
    }

    /** The feed's name in a calendar application's list of calendars. */
    public String calendarName(Locale locale) {
        return messages.getMessage("agenda.feed.calendarName", null, locale);
    }

    /**
     * A follow-up's offset after the exit in words, as the parameter sets it: {@code P6M} is "6 maanden", {@code P6W}
     * (stored as 42 days) "6 weken", {@code P1M15D} "1 maand en 15 dagen" — ICU's measure format, with the language's
     * plural forms and list conjunction.
     */
    static String afterExit(String offset, Locale locale) {
        Period period = Period.parse(offset);
        List<Measure> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(new Measure(period.getYears(), MeasureUnit.YEAR));
        }
        if (period.getMonths() != 0) {
            parts.add(new Measure(period.getMonths(), MeasureUnit.MONTH));
        }
        int days = period.getDays();
        if (days != 0 && days % 7 == 0) {
            parts.add(new Measure(days / 7, MeasureUnit.WEEK));
        } else if (days != 0 || parts.isEmpty()) {
            parts.add(new Measure(days, MeasureUnit.DAY));
        }
        return MeasureFormat.getInstance(ULocale.forLocale(locale), MeasureFormat.FormatWidth.WIDE)
                .formatMeasures(parts.toArray(Measure[]::new));
    }
}
