package be.actraject.web.assessment;

import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.Scale;
import be.actraject.domain.assessment.ScoreSeries;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The chart's geometry for known scores: each score lands on its own axis, at its share of the radius. */
class SpiderChartTest {

    private static ScoreSeries series(Scale scale, Map<Competency, Integer> scores) {
        return new ScoreSeries() {
            @Override
            public Scale getScale() {
                return scale;
            }

            @Override
            public Map<Competency, Integer> getScores() {
                return scores;
            }
        };
    }

    private static Map<Competency, Integer> all(int score) {
        Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            scores.put(c, score);
        }
        return scores;
    }

    @Test
    void eachScoreLiesOnItsAxisAtItsShareOfTheScale() {
        Map<Competency, Integer> scores = all(3);
        scores.put(Competency.PERSEVERANCE, 5);      // axis 0: straight up, full radius
        scores.put(Competency.INDEPENDENCE, 1);      // axis 4: the minimum, the centre
        scores.put(Competency.FORWARD_PLANNING, 5);  // axis 5: 150 degrees clockwise from the top
        SpiderChart chart = SpiderChart.of(List.of(series(new Scale(1, 5), scores)), List.of("latest"));

        List<double[]> dots = chart.series().get(0).dots();
        double cx = chart.centerX();
        double cy = chart.centerY();
        double r = chart.radius();
        assertThat(dots).hasSize(12);
        assertThat(dots.get(0)[0]).isCloseTo(cx, within(0.1));
        assertThat(dots.get(0)[1]).isCloseTo(cy - r, within(0.1));
        assertThat(dots.get(4)[0]).isCloseTo(cx, within(0.1));
        assertThat(dots.get(4)[1]).isCloseTo(cy, within(0.1));
        assertThat(dots.get(5)[0]).isCloseTo(cx + r * Math.sin(Math.toRadians(150)), within(0.1));
        assertThat(dots.get(5)[1]).isCloseTo(cy - r * Math.cos(Math.toRadians(150)), within(0.1));
        // A middle score (3 of 1..5) lies halfway: axis 3 at 90 degrees, to the right.
        assertThat(dots.get(3)[0]).isCloseTo(cx + r / 2, within(0.1));
        assertThat(dots.get(3)[1]).isCloseTo(cy, within(0.1));
    }

    @Test
    void seriesOnDifferentScalesAreComparedByTheirShareOfTheirScale() {
        SpiderChart chart = SpiderChart.of(List.of(series(new Scale(1, 5), all(5)), series(new Scale(0, 10), all(10))),
                List.of("reference", "latest"));

        assertThat(chart.series().get(0).points()).isEqualTo(chart.series().get(1).points());
        assertThat(chart.rings()).hasSize(4);
        assertThat(chart.rings().get(3).points()).isEqualTo(chart.series().get(0).points());
        assertThat(chart.axes()).extracting(SpiderChart.Axis::competency).containsExactly(Competency.values());
        assertThat(chart.axes().get(0).anchor()).isEqualTo("middle");
        assertThat(chart.axes().get(3).anchor()).isEqualTo("start");
        assertThat(chart.axes().get(9).anchor()).isEqualTo("end");
    }
}
