package be.actraject.web.find;

import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.web.support.PageTimer;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.StatementCounter;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate list and the search cost the same few SQL statements whatever the caseload: each page is counted
 * with 5 candidates and again with 500, for a coach and a coordinator, through the whole stack.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:find-statements;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "actraject.demo-data=false"})
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindStatementsTest {

    /** What one page may cost at most: CandidateList's five, the people and groups to filter by, the session. */
    static final long MAX_STATEMENTS = 12;

    static final Actor COORDINATOR = Actor.of("fscoordinator", Role.COORDINATOR);

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;

    private int registered;

    /** Registers candidates until there are {@code total}: half the coach's, half in the pool, in phases. */
    private void growTo(int total) {
        while (registered < total) {
            registered++;
            String coach = registered % 2 == 0 ? "fscoach" : null;
            CandidateDetails details = new CandidateDetails("Kandidaat", "Nummer " + registered,
                    "kandidaat" + registered + "@example.be", "0470 00 " + registered, null, null, null,
                    LocalDate.of(1990, 1, 1), "FSN" + (1000 + registered), LocalDate.now(clock).minusDays(1), "Idee");
            long id = registration.register(details, coach, COORDINATOR).getId();
            progress.enterPhase(id, registered % 3 == 0 ? Phase.EXPLORATION : Phase.INTAKE);
        }
    }

    private long statementsOf(String url, RequestPostProcessor who) throws Exception {
        return PageTimer.statementsOf(mvc, url, who);
    }

    private Map<String, Long> measure() throws Exception {
        RequestPostProcessor coach = SignedIn.as("fscoach", Role.COACH);
        RequestPostProcessor coordinator = SignedIn.as("fscoordinator", Role.COORDINATOR);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("list, coach", statementsOf("/candidates", coach));
        // The first page: a page past the end (page 2 of five candidates) skips loading rows it has not got.
        counts.put("list, coordinator by entry", statementsOf("/candidates?sort=ENTRY&desc=true", coordinator));
        counts.put("list, filtered", statementsOf("/candidates?status=INTAKE&q=kandidaat&mine=true&size=50", coach));
        counts.put("suggestions, coach", statementsOf("/search/suggestions?q=ka", coach));
        counts.put("suggestions, phone", statementsOf("/search/suggestions?q=0470%2000", coordinator));
        counts.put("results, coordinator", statementsOf("/search?q=kandidaat", coordinator));
        return counts;
    }

    @Test
    void theListAndTheSearchCostTheSameFewStatementsWithFiveCandidatesAndWithFiveHundred() throws Exception {
        growTo(5);
        Map<String, Long> withFive = measure();
        growTo(500);
        Map<String, Long> withFiveHundred = measure();

        System.out.printf("Find statements per page: 5 candidates %s, 500 candidates %s%n", withFive,
                withFiveHundred);
        assertThat(withFiveHundred).isEqualTo(withFive);
        assertThat(withFive.values()).allSatisfy(n -> assertThat(n).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS));
    }
}
