package be.actraject.web.task;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.web.support.PageTimer;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.StatementCounter;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeAll;
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
 * The worklist costs the same few SQL statements whatever its length: the page is counted with 5 open tasks and
 * again with 200, for each scope, through the whole stack (security, controller, engine, domain, template).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:worklist-statements;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "actraject.demo-data=false"})
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorklistStatementsTest {

    /**
     * What one page may cost at most: the statements are listed in WorkItems and WorklistController, and the hand-over
     * choices of a page with tasks to hand over cost five of them ({@code HandOverChoices}: the colleagues of two roles,
     * the page's tasks of each role, the leaders of the candidates' groups; issue 16). Two more since the sessions live
     * in the database (issue 19): a page with forms needs a CSRF token, and these requests bring no session cookie, so
     * each one stores a new session (its row and the token's); 13 before. The same two at 5 tasks and at 200.
     */
    static final long MAX_STATEMENTS = 15;

    static final Actor COORDINATOR = Actor.of("stcoordinator", Role.COORDINATOR);

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    TrajectoryStart start;
    @Autowired
    Accounts accounts;

    private int registered;

    @BeforeAll
    void accounts() {
        accounts.create("stcoach", "Stijn", "Teller", null, "secret-1234", Role.COACH);
        accounts.create("stcoordinator", "Sara", "Teller", null, "secret-1234", Role.COORDINATOR);
    }

    /** Registers candidates until the coach holds {@code total} tasks, and as many wait in the pool. */
    private void growTo(int total) {
        while (registered < total) {
            registered++;
            for (String coach : new String[]{"stcoach", null}) {
                CandidateDetails details = new CandidateDetails("Kandidaat", "Nummer " + registered + (coach == null
                        ? "p" : "c"), "kandidaat@example.be", null, null, null, null, LocalDate.of(1990, 1, 1),
                        "ST" + registered + (coach == null ? "P" : "C"), LocalDate.now(clock).minusDays(1), "Idee");
                start.register(details, coach, COORDINATOR);
            }
        }
    }

    private long statementsOf(String url, RequestPostProcessor who) throws Exception {
        return PageTimer.statementsOf(mvc, url, who);
    }

    private Map<String, Long> measure() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("mine", statementsOf("/tasks?scope=MINE", SignedIn.as("stcoach", Role.COACH)));
        counts.put("claimable", statementsOf("/tasks?scope=CLAIMABLE", SignedIn.as("stcoach", Role.COACH)));
        counts.put("all, page 3", statementsOf("/tasks?scope=ALL&page=2&sort=AGE",
                SignedIn.as("stcoordinator", Role.COORDINATOR)));
        counts.put("filtered", statementsOf("/tasks?scope=MINE&stage=INTAKE&candidate=nummer&overdue=true",
                SignedIn.as("stcoach", Role.COACH)));
        return counts;
    }

    @Test
    void aPageCostsTheSameFewStatementsWithFiveTasksAndWithTwoHundred() throws Exception {
        growTo(5);
        Map<String, Long> withFive = measure();
        growTo(200);
        Map<String, Long> withTwoHundred = measure();

        System.out.printf("Worklist statements per page: 5 tasks %s, 200 tasks %s%n", withFive, withTwoHundred);
        assertThat(withTwoHundred).isEqualTo(withFive);
        assertThat(withFive.values()).allSatisfy(n -> assertThat(n).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS));
    }
}
