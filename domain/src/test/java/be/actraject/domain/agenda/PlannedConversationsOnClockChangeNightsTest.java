package be.actraject.domain.agenda;

import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.trajectory.CandidateRegistration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A conversation planned on the nights the clocks change (the last Sunday of March and of October, the next ones
 * from the clock's today): a skipped time is refused and nothing is planned; a time the night has twice is the first
 * one, and the hour is added on the instant line.
 */
@SpringBootTest
@Transactional
class PlannedConversationsOnClockChangeNightsTest {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    PlannedConversations planned;
    @Autowired
    Agenda agenda;

    private long candidateId() {
        String number = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return registration.register(candidate("Lotte", "Claes", number, clock), "coach", COORDINATOR)
                .getCandidate().getId();
    }

    private LocalDate nextLastSundayOf(int month) {
        LocalDate today = LocalDate.now(clock);
        LocalDate sunday = LocalDate.of(today.getYear(), month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        return sunday.isAfter(today) ? sunday
                : LocalDate.of(today.getYear() + 1, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    @Test
    void aTimeTheClocksSkipIsRefusedAndNothingIsPlanned() {
        long candidateId = candidateId();
        LocalDate sunday = nextLastSundayOf(3);

        assertThatThrownBy(() -> planned.plan(candidateId, sunday.atTime(2, 30), ConversationKind.PHONE, null, COACH))
                .isInstanceOf(NonexistentLocalTimeException.class);
        assertThat(agenda.between(COACH, sunday, sunday.plusDays(1), List.of()))
                .noneMatch(i -> Long.valueOf(candidateId).equals(i.candidateId()));
    }

    @Test
    void aTimeTheAutumnNightHasTwiceIsTheFirstAndLastsAnHourOnTheInstantLine() {
        LocalDate sunday = nextLastSundayOf(10);

        PlannedConversation p = planned.plan(candidateId(), sunday.atTime(2, 30), ConversationKind.PHONE, null,
                COACH);

        assertThat(p.getStartsAt().atZone(clock.getZone()).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(p.getStartsAt().atZone(clock.getZone()).toLocalTime()).isEqualTo(LocalTime.of(2, 30));
        assertThat(Duration.between(p.getStartsAt(), p.endsAt())).isEqualTo(Duration.ofHours(1));
        assertThat(p.endsAt().atZone(clock.getZone()).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(agenda.between(COACH, sunday, sunday.plusDays(1), List.of(Period.ofMonths(3))))
                .filteredOn(i -> i.uid().equals("planned-conversation-" + p.getId())).singleElement()
                .extracting(AgendaItem::day).isEqualTo(sunday);
    }
}
