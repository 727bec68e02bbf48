package be.actraject.demo;

import be.actraject.domain.candidate.CandidateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's promise: the demo's extra candidates at any number. Before they had a number series of their own,
 * any count above about 72 stopped the start, because the watch's stuck candidates take VDAB numbers from the
 * demo's own series (100200 + n, n from 90).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demoextra;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "actraject.demo-data=true",
        "actraject.demo-extra-candidates=120"})
class DemoExtraCandidatesTest {

    @Autowired
    CandidateRepository candidates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExtraCandidates extras;

    @Test
    void theDemoStartsWithMoreExtraCandidatesThanTheWatchLeavesRoomFor() {
        // 18 demo candidates, 4 of the watch, 120 extra, the former candidates.
        assertThat(candidates.count()).isEqualTo(18 + 4 + 120 + PastExits.EXITS.size());
        assertThat(candidates.findAll()).extracting(c -> c.getJobSeekerNumber()).doesNotHaveDuplicates()
                .contains("XTRA0000001", "XTRA0000120");
    }

    /**
     * Of every twenty: ten in intake, two in exploration, one in prospecting, one in invoicing, six ended with each
     * exit type in turn (ExtraCandidates); the harness then grows the same data, numbering on.
     */
    @Test
    void theExtraCandidatesAreInEveryPhaseAndEndedWithEveryExitTypeAndGrowInSteps() {
        assertThat(where("t.exit_type is null", "coalesce(t.phase, 'INTAKE')")).isEqualTo(Map.of(
                "INTAKE", 60L, "EXPLORATION", 12L, "PROSPECTING", 6L, "INVOICING", 6L));
        assertThat(where("t.exit_type is not null", "t.exit_type")).isEqualTo(Map.of(
                "SELF_EMPLOYED", 12L, "SALARIED", 6L, "REORIENTED", 6L, "STOPPED", 6L, "JOINED_COOPERATIVE", 6L));
        assertThat(jdbc.queryForObject("select count(*) from trajectory t join candidate c on c.id = t.candidate_id"
                + " where c.job_seeker_number like 'XTRA%' and t.exit_type is not null"
                + " and (t.end_date >= current_date or t.start_date > t.end_date)", Long.class))
                .as("ended before today, after their entry").isZero();

        extras.add(121, 140);
        assertThat(jdbc.queryForObject("select count(*) from candidate where job_seeker_number like 'XTRA%'",
                Long.class)).isEqualTo(140);
        assertThat(where("t.exit_type is null", "coalesce(t.phase, 'INTAKE')")).containsEntry("INVOICING", 7L);
    }

    private Map<String, Long> where(String condition, String key) {
        return jdbc.queryForList("select " + key + " as k, count(*) as n from trajectory t join candidate c"
                        + " on c.id = t.candidate_id where c.job_seeker_number like 'XTRA%' and " + condition
                        + " group by " + key).stream()
                .collect(Collectors.toMap(r -> String.valueOf(r.get("k")), r -> ((Number) r.get("n")).longValue()));
    }
}
