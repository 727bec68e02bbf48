package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.conversation.ConversationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Agenda entries as the domain gives them, for the slices and the feed's tests. */
final class AgendaItems {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private AgendaItems() {
    }

    static AgendaItem conversation(long id, Instant startsAt, String place) {
        return new AgendaItem(AgendaItem.Kind.PLANNED_CONVERSATION, "planned-conversation-" + id,
                startsAt.atZone(BRUSSELS).toLocalDate(), startsAt, startsAt.plusSeconds(3600), "Lotte Claes", place,
                ConversationKind.PHONE, 7L, null, id);
    }

    static AgendaItem limit(long trajectoryId, LocalDate lastDay) {
        return new AgendaItem(AgendaItem.Kind.PRE_INVOICING_LIMIT, "limit-pre-invoicing-" + trajectoryId, lastDay,
                null, null, "Ahmed Benali", null, null, 8L, null, null);
    }

    static AgendaItem session(long id, Instant startsAt, long groupId) {
        return new AgendaItem(AgendaItem.Kind.SESSION, "session-" + id, startsAt.atZone(BRUSSELS).toLocalDate(),
                startsAt, startsAt.plusSeconds(7200), "Leergroep maart", "Prijszetting", null, null, groupId, null);
    }

    /** The follow-up {@code offset} after the exit of the trajectory, due on {@code due}, of candidate {@code id}. */
    static AgendaItem followUp(long trajectoryId, LocalDate due, String name, String offset) {
        return new AgendaItem(AgendaItem.Kind.AFTERCARE_FOLLOW_UP, "aftercare-" + trajectoryId + "-" + offset, due,
                null, null, name, offset, null, 100 + trajectoryId, null, null);
    }

    static AgendaItem nextConversation(long conversationId, LocalDate day, String name) {
        return new AgendaItem(AgendaItem.Kind.NEXT_CONVERSATION, "next-conversation-" + conversationId, day, null, null,
                name, null, null, 200 + conversationId, null, null);
    }

    static AgendaItem trainingMoment(long enrolmentId, Instant startsAt, String module) {
        return new AgendaItem(AgendaItem.Kind.TRAINING_MOMENT, "training-" + enrolmentId,
                startsAt.atZone(BRUSSELS).toLocalDate(), startsAt, startsAt.plusSeconds(3 * 3600), "Lotte Claes",
                module, null, 7L, null, null);
    }
}
