package be.actraject.web.reports.funder;

import be.actraject.domain.figures.Participant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The participant list's columns, the same in the spreadsheet and the CSV: the employment service's client number,
 * last name, first name, date of entry, exit day, phase reached, exit type. Headers, phases and exit types in the
 * reader's language; the exit's cells empty while the trajectory runs.
 */
@Component
class ParticipantColumns {

    static final List<String> HEADERS = List.of("clientNumber", "lastName", "firstName", "entered", "exited",
            "phaseReached", "exitType");
    static final int ENTERED = 3;
    static final int EXITED = 4;

    private final MessageSource messages;

    ParticipantColumns(MessageSource messages) {
        this.messages = messages;
    }

    List<String> headers(Locale locale) {
        return HEADERS.stream().map(h -> messages.getMessage("funder.participants." + h, null, locale)).toList();
    }

    String phase(Participant participant, Locale locale) {
        return messages.getMessage("phase." + participant.phaseReached(), null, locale);
    }

    /** The exit type in words; null while the trajectory runs. */
    String exitType(Participant participant, Locale locale) {
        return participant.exitType() == null ? null
                : messages.getMessage("exit." + participant.exitType(), null, locale);
    }
}
