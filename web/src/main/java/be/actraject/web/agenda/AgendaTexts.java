package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Period;
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
        Object detail = item.kind() == AgendaItem.Kind.AFTERCARE_FOLLOW_UP ? months(item.detail()) : item.detail();
        return messages.getMessage("agenda.summary." + item.kind(),
                new Object[]{item.title(), detail == null ? "" : detail, how}, locale);
    }

    /** The feed's name in a calendar application's list of calendars. */
    public String calendarName(Locale locale) {
        return messages.getMessage("agenda.feed.calendarName", null, locale);
    }

    /** A follow-up's offset after the exit in whole months ({@code P6M} is 6), as the parameter sets them. */
    private static long months(String offset) {
        return Period.parse(offset).toTotalMonths();
    }
}
