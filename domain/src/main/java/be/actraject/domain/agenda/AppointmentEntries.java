package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The agenda's entries of a period but the aftercare follow-ups: limits, conversations, training, group meetings. */
@Component
class AppointmentEntries {

    private final PeriodEntries entries;
    private final GroupMeetings groupMeetings;
    private final ZoneId zone;

    AppointmentEntries(PeriodEntries entries, GroupMeetings groupMeetings, Clock clock) {
        this.entries = entries;
        this.groupMeetings = groupMeetings;
        this.zone = clock.getZone();
    }

    /** Every entry but the aftercare follow-ups, in no order; each is given the period's planned conversations. */
    List<AgendaItem> of(Actor actor, AgendaScope scope, LocalDate from, LocalDate until, Reminders reminders) {
        List<AgendaItem> items = new ArrayList<>();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = until.atStartOfDay(zone).toInstant();
        List<PlannedConversation> planned = actor.readsCoachingRecord() ? entries.planned(scope, start, end)
                : List.of();
        reminders.limits(planned).forEach(t -> items.add(limitOf(t)));
        if (actor.readsCoachingRecord()) {
            List<IndividualConversation> next = reminders.nextConversations(planned);
            List<Enrolment> training = entries.trainingMoments(scope, from, until);
            Map<Long, Trajectory> named = entries.trajectories(Stream.of(
                    planned.stream().map(PlannedConversation::getTrajectoryId),
                    next.stream().map(IndividualConversation::getTrajectoryId),
                    training.stream().map(Enrolment::getTrajectoryId)).flatMap(t -> t).collect(Collectors.toSet()));
            conversations(planned, next, named, items);
            training.forEach(e -> items.add(trainingMoment(e, named.get(e.getTrajectoryId()))));
            groupMeetings.sessions(actor, scope, start, end, items);
            groupMeetings.sectorMeetings(actor, scope, start, end, items);
        }
        return items;
    }

    static AgendaItem limitOf(Trajectory t) {
        boolean invoicing = t.getPhase() == Phase.INVOICING;
        LocalDate last = invoicing ? t.getInvoicingLimit() : t.getPreInvoicingLimit();
        AgendaItem.Kind kind = invoicing ? AgendaItem.Kind.INVOICING_LIMIT : AgendaItem.Kind.PRE_INVOICING_LIMIT;
        return new AgendaItem(kind, "limit-" + (invoicing ? "invoicing-" : "pre-invoicing-") + t.getId(),
                last, null, null, t.getCandidate().fullName(), null, null, t.getCandidate().getId(), null, null);
    }

    void conversations(List<PlannedConversation> planned, List<IndividualConversation> next,
                               Map<Long, Trajectory> trajectories, List<AgendaItem> items) {
        Set<String> plannedDays = new HashSet<>();
        for (PlannedConversation p : planned) {
            Trajectory t = trajectories.get(p.getTrajectoryId());
            LocalDate day = p.getStartsAt().atZone(zone).toLocalDate();
            plannedDays.add(t.getId() + "@" + day);
            items.add(new AgendaItem(AgendaItem.Kind.PLANNED_CONVERSATION, "planned-conversation-" + p.getId(), day,
                    p.getStartsAt(), p.endsAt(), t.getCandidate().fullName(), p.getPlace(), p.getKind(),
                    t.getCandidate().getId(), null, p.getId()));
        }
        for (IndividualConversation c : next) {
            Trajectory t = trajectories.get(c.getTrajectoryId());
            // A conversation planned that day is the same appointment, told more precisely.
            if (!plannedDays.contains(t.getId() + "@" + c.getNextPlannedOn())) {
                items.add(new AgendaItem(AgendaItem.Kind.NEXT_CONVERSATION, "next-conversation-" + c.getId(),
                        c.getNextPlannedOn(), null, null, t.getCandidate().fullName(), null, null,
                        t.getCandidate().getId(), null, null));
            }
        }
    }

    private AgendaItem trainingMoment(Enrolment e, Trajectory t) {
        return new AgendaItem(AgendaItem.Kind.TRAINING_MOMENT, "training-" + e.getId(),
                e.getMoment().getHeldOn(), e.getMoment().startsAt(zone), e.getMoment().endsAt(zone),
                t.getCandidate().fullName(), e.getModule().getTitle(), null, t.getCandidate().getId(), null,
                null, e.getModule().getPlace(), e.getModule().isHeldOnline(), e.getModule().getProvider().getName());
    }
}
