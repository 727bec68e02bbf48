package be.actraject.domain.aftercare;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines of the dossier's "Na de uitstroom" box: the moments that came, answered or not, and every answer. */
class AfterExitLineTest {

    private static final LocalDate EXIT = LocalDate.of(2024, 3, 31);

    private static AftercareContact answer(String followUp, LocalDate on, Situation situation) {
        return new AftercareContact(1L, followUp, on, situation, on, null, "coach", null);
    }

    @Test
    void eachMomentThatCameHasALineAnsweredOrNotAndAMomentAheadHasNone() {
        List<AfterExitLine> lines = AfterExitLine.of(EXIT, LocalDate.of(2026, 4, 1), List.of(
                answer("P3M", EXIT.plusMonths(3), Situation.SELF_EMPLOYED_ACTIVE),
                answer("P12M", EXIT.plusMonths(12), Situation.IN_COOPERATIVE)));

        assertThat(lines).extracting(AfterExitLine::months).containsExactly(3L, 6L, 12L, 24L);
        assertThat(lines).extracting(AfterExitLine::answered).containsExactly(true, false, true, false);
    }

    @Test
    void anAnswerAtAnotherMomentOfTheScheduleHasItsLineInOrder() {
        List<AfterExitLine> lines = AfterExitLine.of(EXIT, LocalDate.of(2024, 12, 1), List.of(
                answer("P9M", EXIT.plusMonths(8), Situation.SALARIED),
                answer("P2Y", EXIT.plusMonths(8), Situation.STOPPED)));

        assertThat(lines).extracting(AfterExitLine::months).containsExactly(3L, 6L, 9L, 24L);
        assertThat(lines.get(3).answer().getSituation()).isEqualTo(Situation.STOPPED);
    }

    @Test
    void beforeTheFirstMomentThereIsNothingToShow() {
        assertThat(AfterExitLine.of(EXIT, EXIT.plusMonths(2), List.of())).isEmpty();
    }
}
