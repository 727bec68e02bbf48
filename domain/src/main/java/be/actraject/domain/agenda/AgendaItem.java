package be.actraject.domain.agenda;

import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.text.DutchOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One entry of the agenda.
 *
 * @param kind                  what it is
 * @param uid                   stable across reads (kind and record id), the calendar feed's UID
 * @param day                   the calendar day in the cooperative's time zone
 * @param startsAt              when it starts; null for a whole-day entry (a limit, a follow-up, a "next conversation")
 * @param endsAt                when it ends; null for a whole-day entry
 * @param title                 the candidate's full name, or the learning group's name for a session
 * @param detail                the place or note of a planned conversation, a session's topic, a follow-up's offset
 *                              after the exit ({@code P3M}), a training moment's module title; may be null
 * @param conversationKind      how a planned conversation takes place; null for other kinds
 * @param candidateId           the dossier it links to; null for a session
 * @param groupId               the learning group it links to; null unless a session — or, for a
 *                              {@link Kind#SECTOR_MEETING}, the sector group, null for a reader who may not
 *                              open its page
 * @param plannedConversationId the planned conversation, to change or cancel it; null for other kinds
 * @param place                 where a training moment or a sector meeting is held, for the calendar feed's
 *                              LOCATION; null when unknown or for other kinds (a planned conversation's place is
 *                              its detail)
 * @param online                whether a training moment is (also) held online
 * @param about                 what the calendar feed's DESCRIPTION adds: a training module's provider, a sector
 *                              meeting's topic; null for other kinds
 */
public record AgendaItem(Kind kind, String uid, LocalDate day, Instant startsAt, Instant endsAt, String title,
                         String detail, ConversationKind conversationKind, Long candidateId, Long groupId,
                         Long plannedConversationId, String place, boolean online, String about) {

    /** An entry without a place or a description of its own: every kind but training moments and sector meetings. */
    public AgendaItem(Kind kind, String uid, LocalDate day, Instant startsAt, Instant endsAt, String title,
                      String detail, ConversationKind conversationKind, Long candidateId, Long groupId,
                      Long plannedConversationId) {
        this(kind, uid, day, startsAt, endsAt, title, detail, conversationKind, candidateId, groupId,
                plannedConversationId, null, false, null);
    }

    /**
     * The order of a day: whole-day entries first, then by the time they start, then by title in Dutch order
     * ({@link DutchOrder}: "anna" and "Çağrı" before "Zoë", where code points put them after).
     */
    public static final Comparator<AgendaItem> ORDER = Comparator.comparing(AgendaItem::day)
            .thenComparing(AgendaItem::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AgendaItem::title, Comparator.nullsLast(DutchOrder.TEXT))
            .thenComparing(AgendaItem::uid);

    public enum Kind {
        PLANNED_CONVERSATION,
        /** The "next conversation planned on" day of the latest conversation report. */
        NEXT_CONVERSATION,
        SESSION,
        AFTERCARE_FOLLOW_UP,
        /** The last day of phases 1–3 together. */
        PRE_INVOICING_LIMIT,
        /** The last day of the invoicing phase. */
        INVOICING_LIMIT,
        /** A dated moment of a training module a candidate is enrolled in (issue 17). */
        TRAINING_MOMENT,
        /** A meeting of a sector group (its topic and place in the detail). */
        SECTOR_MEETING
    }

    public boolean allDay() {
        return startsAt == null;
    }
}
