package be.actraject.bpmn.worklist;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.task.Worklist;
import be.actraject.bpmn.task.WorklistQuery;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.bpmn.task.WorklistSort;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: the worklist's counts kept a short while once they are many ({@code WorklistCounts}) — here from the first
 * task on, so that the few tasks of a test are "many". A colleague's change shows in the list at once and in the
 * counts only when they are made again; the person's own claim, hand-back or completion makes them again at once.
 */
@SpringBootTest(properties = {"actraject.worklist.counts-cached-from=1", "actraject.worklist.counts-max-age=10m",
        "spring.datasource.url=jdbc:h2:mem:worklist-counts;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true"})
class WorklistCountsOnH2Test {

    static final Actor COACH = Actor.of("wccoach", Role.COACH);
    static final Actor COORDINATOR = Actor.of("wccoordinator", Role.COORDINATOR);

    @Autowired
    Clock clock;
    @Autowired
    TrajectoryStart start;
    @Autowired
    WorkItems workItems;
    @Autowired
    TaskClaims claims;
    @Autowired
    Accounts accounts;

    String family;

    @BeforeEach
    void accountsAndAFamilyName() {
        for (Actor a : List.of(COACH, COORDINATOR)) {
            if (accounts.find(a.userId()).isEmpty()) {
                accounts.create(a.userId(), a.userId(), "Test", null, "secret-1234", a.roles().toArray(Role[]::new));
            }
        }
        family = "Tel" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void register(String first) {
        String number = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        CandidateDetails details = new CandidateDetails(first, family, "kandidaat@example.be", null, null, null, null,
                LocalDate.of(1990, 1, 2), number, LocalDate.now(clock).minusDays(1), "Idee van " + first);
        start.register(details, COACH.userId(), COORDINATOR);
    }

    private Worklist mine() {
        return workItems.worklist(new WorklistQuery(WorklistScope.MINE, null, null, family, null, false,
                WorklistSort.AGE, 0, 50), COACH);
    }

    @Test
    void aTaskGivenToTheCoachShowsAtOnceAlsoWhenTheKeptCountsSayNone() {
        String family = this.family;
        this.family = "Ander" + UUID.randomUUID().toString().substring(0, 8);
        register("Frans"); // a task of the coach's outside the filter: the counts are "many", and kept
        this.family = family;
        Worklist none = mine();
        assertThat(none.countedAt()).isNotNull();
        assertThat(none.total()).isZero();

        register("Eva");

        Worklist after = mine();
        assertThat(after.total()).as("the kept counts").isZero();
        assertThat(after.items()).as("the list read afresh all the same").extracting(WorkItem::subject)
                .anyMatch(s -> s.startsWith("Eva"));
    }

    @Test
    void aColleaguesChangeShowsInTheListAtOnceAndInTheKeptCountsLater() {
        register("Anna");
        Worklist first = mine();
        assertThat(first.countedAt()).as("kept, and the page says from when").isNotNull();
        assertThat(first.items()).hasSize(1);
        assertThat(first.total()).isEqualTo(1);

        register("Bram"); // the coordinator's registration: not the coach's own change
        Worklist second = mine();
        assertThat(second.items()).as("the list is read afresh").hasSize(2);
        assertThat(second.total()).as("the counts are the kept ones").isEqualTo(1);
        assertThat(second.countedAt()).isEqualTo(first.countedAt());
    }

    @Test
    void aPageFarBeyondTheEndWhileCountsAreKeptShowsTheLastPage() {
        register("Gert");
        register("Hanne");
        register("Ilse");
        assertThat(mine().countedAt()).as("kept").isNotNull();

        Worklist far = workItems.worklist(new WorklistQuery(WorklistScope.MINE, null, null, family, null, false,
                WorklistSort.AGE, 99_999_999, 2), COACH);
        assertThat(far.query().page()).as("the last page by the counts, not page 100,000,000 of 2").isEqualTo(1);
        assertThat(far.items()).extracting(WorkItem::subject).singleElement()
                .satisfies(s -> assertThat(s).startsWith("Ilse"));
    }

    @Test
    void theCoachsOwnHandBackIsCountedAtOnce() {
        register("Cas");
        register("Dirk");
        Worklist before = mine();
        assertThat(before.total()).isEqualTo(2);
        WorkItem cas = before.items().stream().filter(i -> i.subject().startsWith("Cas")).findFirst()
                .orElseThrow();

        claims.unclaim(cas.taskId(), COACH);

        Worklist after = mine();
        assertThat(after.items()).hasSize(1);
        assertThat(after.total()).as("counted again after the coach's own change").isEqualTo(1);
    }

    @Test
    void belowTheThresholdNothingIsKept() {
        Actor stranger = Actor.of("wcnobody", Role.COACH);
        Worklist empty = workItems.worklist(WorklistQuery.of(WorklistScope.MINE), stranger);
        assertThat(empty.total()).isZero();
        assertThat(empty.countedAt()).as("no task: counted for this page alone").isNull();
    }
}
