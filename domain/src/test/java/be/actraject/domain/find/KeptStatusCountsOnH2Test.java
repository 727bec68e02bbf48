package be.actraject.domain.find;

import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.find.CandidateFilter.Sort;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.TrajectoryStatus;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: the candidate list's counts kept a short while once they are many ({@link KeptStatusCounts}) — here from
 * the first trajectory on. A candidate registered meanwhile is in the rows at once and in the counts only when they
 * are made again; a list with fewer than the threshold counts afresh every time.
 */
@SpringBootTest(classes = be.actraject.domain.DomainTestApplication.class, properties = {
        "actraject.candidates.counts-cached-from=1", "actraject.candidates.counts-max-age=10m",
        "spring.datasource.url=jdbc:h2:mem:kept-status-counts;DB_CLOSE_DELAY=-1"})
class KeptStatusCountsOnH2Test {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    CandidateList list;

    private final String coach = "k" + UUID.randomUUID().toString().substring(0, 8);
    private final Actor me = Actor.of(coach, Role.COACH);

    private void registered(String firstName) {
        String number = "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateDetails details = new CandidateDetails(firstName, "Teller", number.toLowerCase() + "@example.be",
                null, null, null, null, LocalDate.of(1990, 1, 1), number, LocalDate.now(clock).minusDays(3), "Idee");
        registration.register(details, coach, COORDINATOR);
    }

    private CandidatePage mine() {
        return list.list(new CandidateFilter(null, coach, null, null, false, Sort.NAME, false, 0, 25), me,
                LocalDate.now(clock).minusYears(1));
    }

    @Test
    void aCandidateRegisteredMeanwhileIsInTheRowsAtOnceAndInTheKeptCountsLater() {
        registered("Anna");
        CandidatePage first = mine();
        assertThat(first.countedAt()).as("kept, and the page says from when").isNotNull();
        assertThat(first.counts().get(TrajectoryStatus.INTAKE)).isEqualTo(1);

        registered("Bram");
        CandidatePage second = mine();
        assertThat(second.rows()).as("the rows are read afresh").hasSize(2);
        assertThat(second.counts().get(TrajectoryStatus.INTAKE)).as("the kept counts").isEqualTo(1);
        assertThat(second.countedAt()).isEqualTo(first.countedAt());
    }

    @Test
    void aPageFarBeyondTheEndWhileCountsAreKeptShowsTheLastPage() {
        registered("Anna");
        registered("Bram");
        registered("Chloé");
        assertThat(mine().countedAt()).as("kept").isNotNull();

        CandidatePage far = list.list(new CandidateFilter(null, coach, null, null, false, Sort.NAME, false, 5000, 2),
                me, LocalDate.now(clock).minusYears(1));
        assertThat(far.page()).as("the last page by the counts, not page 5,001 of 2").isEqualTo(1);
        assertThat(far.rows()).extracting(t -> t.getCandidate().getFirstName()).containsExactly("Chloé");
    }

    @Test
    void anEmptyListIsCountedForThePageAlone() {
        CandidatePage none = list.list(new CandidateFilter(null, "nobody-" + coach, null, null, false, Sort.NAME,
                false, 0, 25), me, LocalDate.now(clock).minusYears(1));
        assertThat(none.total()).isZero();
        assertThat(none.countedAt()).isNull();
    }
}
