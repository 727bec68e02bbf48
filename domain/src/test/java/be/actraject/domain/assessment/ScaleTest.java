package be.actraject.domain.assessment;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaleTest {

    private final Scale scale = new Scale(1, 5);

    @Test
    void aGridWithEveryCompetencyOnTheScaleIsComplete() {
        Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            scores.put(c, c.ordinal() % 2 == 0 ? 1 : 5);
        }
        assertThat(scale.offScale(scores)).isEmpty();
        scale.check(scores);
    }

    @Test
    void missingNullAndOffScaleScoresAreAllNamed() {
        Map<Competency, Integer> scores = new HashMap<>();
        for (Competency c : Competency.values()) {
            scores.put(c, 3);
        }
        Competency[] all = Competency.values();
        scores.remove(all[0]);
        scores.put(all[1], null);
        scores.put(all[2], 0);
        scores.put(all[3], 6);
        assertThat(scale.offScale(scores)).containsExactly(all[0], all[1], all[2], all[3]);
        assertThatThrownBy(() -> scale.check(scores)).isInstanceOf(InvalidScoresException.class)
                .extracting(e -> ((InvalidScoresException) e).competencies())
                .satisfies(named -> assertThat(named).containsExactlyInAnyOrder(all[0], all[1], all[2], all[3]));
    }

    @Test
    void anEmptyGridNamesAllTwelve() {
        assertThat(scale.offScale(Map.of())).hasSize(12).containsExactly(Competency.values());
    }
}
