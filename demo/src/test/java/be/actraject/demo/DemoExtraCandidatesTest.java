package be.actraject.demo;

import be.actraject.domain.candidate.CandidateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

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

    @Test
    void theDemoStartsWithMoreExtraCandidatesThanTheWatchLeavesRoomFor() {
        // 18 demo candidates, 4 of the watch, 120 extra, the former candidates.
        assertThat(candidates.count()).isEqualTo(18 + 4 + 120 + PastExits.EXITS.size());
        assertThat(candidates.findAll()).extracting(c -> c.getJobSeekerNumber()).doesNotHaveDuplicates()
                .contains("XTRA0000001", "XTRA0000120");
    }
}
