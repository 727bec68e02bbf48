package be.actraject.domain.find;

import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.find.CandidateFilter.Sort;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.domain.trajectory.TrajectoryStatus;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search and the candidate list in the database: folded names, phone digits, the caseload, the status filter and
 * its counts, the Dutch sort and paging. Each test works within a coach of its own, so that other tests' candidates
 * do not count. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(classes = be.actraject.domain.DomainTestApplication.class)
@Transactional
@Tag("dates")
abstract class FindContract {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    LearningGroups groups;
    @Autowired
    Finder finder;
    @Autowired
    CandidateList list;

    private final String coach = "c" + UUID.randomUUID().toString().substring(0, 8);
    private final Actor me = Actor.of(coach, Role.COACH);
    private final Actor colleague = Actor.of("other-" + coach, Role.COACH);

    private Trajectory registered(String firstName, String lastName, String phone, String coachId) {
        String number = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateDetails details = new CandidateDetails(firstName, lastName, number.toLowerCase() + "@example.be",
                phone, null, null, null, LocalDate.of(1990, 1, 1), number, LocalDate.now(clock).minusDays(3), "Idee");
        return registration.register(details, coachId, COORDINATOR);
    }

    private CandidateFilter mine(TrajectoryStatus status, Sort sort, boolean descending, int page, int size) {
        return new CandidateFilter(status, coach, null, null, false, sort, descending, page, size);
    }

    private LocalDate longAgo() {
        return LocalDate.now(clock).minusYears(2);
    }

    private static List<String> names(CandidatePage page) {
        return page.rows().stream().map(t -> t.getCandidate().fullName()).toList();
    }

    @Test
    void theListSortsNamesInDutchOrderWhateverAccentsAndCase() {
        for (String[] name : new String[][]{{"Eva", "Evers"}, {"Bart", "De Smet"}, {"Lies", "Él"}, {"Ann", "de Smet"},
                {"Jan", "Claes"}, {"Çağrı", "Çağlar"}, {"Wim", "Aerts"}, {"Mo", "Dirks"}}) {
            registered(name[0], name[1], null, coach);
        }
        List<String> ascending = names(list.list(mine(null, Sort.NAME, false, 0, 25), me, longAgo()));

        assertThat(ascending).containsExactly("Wim Aerts", "Çağrı Çağlar", "Jan Claes", "Ann de Smet",
                "Bart De Smet", "Mo Dirks", "Lies Él", "Eva Evers");
        List<String> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        assertThat(names(list.list(mine(null, Sort.NAME, true, 0, 25), me, longAgo())))
                .containsExactlyElementsOf(descending);
    }

    /** Issue 16: sorting by coach sorted by user id; the accounts' names give the order, the pool comes last. */
    @Test
    void theListSortsByTheCoachsNameNotByTheUserId() {
        String family = "Volgorde" + coach.substring(1).replaceAll("[0-9]", "x");
        String zeno = "a-" + coach;
        String anna = "z-" + coach;
        registered("Eerste", family, null, zeno);
        registered("Tweede", family, null, anna);
        registered("Derde", family, null, null);
        CandidateFilter byCoach = new CandidateFilter(null, null, null, family, false, Sort.COACH, false, 0, 25);

        // Anna Aerts (user id z-…) before Zeno Zegers (user id a-…): the web passes the coaches in name order.
        List<String> names = names(list.list(byCoach, COORDINATOR, longAgo(), List.of(anna, zeno)));

        assertThat(names).containsExactly("Tweede " + family, "Eerste " + family, "Derde " + family);
        CandidateFilter backwards = new CandidateFilter(null, null, null, family, false, Sort.COACH, true, 0, 25);
        assertThat(names(list.list(backwards, COORDINATOR, longAgo(), List.of(anna, zeno))))
                .containsExactly("Eerste " + family, "Tweede " + family, "Derde " + family);
    }

    @Test
    void theListPagesInTheDatabaseAndKeepsTheTotal() {
        for (int i = 0; i < 7; i++) {
            registered("Kandidaat", "Nummer " + i, null, coach);
        }
        CandidatePage third = list.list(mine(null, Sort.NAME, false, 2, 3), me, longAgo());

        assertThat(third.total()).isEqualTo(7);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(names(third)).containsExactly("Kandidaat Nummer 6");
        assertThat(third.hasNext()).isFalse();
    }

    @Test
    void theStatusFilterAndItsCountsTellAftercareExitedAndStoppedApart() {
        registered("Nora", "Nieuw", null, coach);
        Trajectory intake = registered("Ina", "Intake", null, coach);
        progress.enterPhase(intake.getId(), Phase.INTAKE);
        Trajectory exploring = registered("Vera", "Verkenning", null, coach);
        progress.enterPhase(exploring.getId(), Phase.INTAKE);
        progress.enterPhase(exploring.getId(), Phase.EXPLORATION);
        Trajectory selfEmployed = registered("Zeno", "Zelfstandig", null, coach);
        progress.enterPhase(selfEmployed.getId(), Phase.INVOICING);
        progress.end(selfEmployed.getId(), ExitType.SELF_EMPLOYED, "Gestart");
        Trajectory stopped = registered("Stan", "Stop", null, coach);
        progress.end(stopped.getId(), ExitType.STOPPED, "Werk gevonden");

        CandidatePage inAftercare = list.list(mine(TrajectoryStatus.AFTERCARE, Sort.NAME, false, 0, 25), me,
                longAgo());
        assertThat(names(inAftercare)).containsExactly("Zeno Zelfstandig");
        assertThat(inAftercare.counts()).containsEntry(TrajectoryStatus.INTAKE, 2L)
                .containsEntry(TrajectoryStatus.EXPLORATION, 1L).containsEntry(TrajectoryStatus.INVOICING, 0L)
                .containsEntry(TrajectoryStatus.AFTERCARE, 1L).containsEntry(TrajectoryStatus.EXITED, 0L)
                .containsEntry(TrajectoryStatus.STOPPED, 1L);
        assertThat(TrajectoryStatus.of(inAftercare.rows().get(0), longAgo())).isEqualTo(TrajectoryStatus.AFTERCARE);

        LocalDate aftercareOver = LocalDate.now(clock).plusDays(1);
        CandidatePage exited = list.list(mine(TrajectoryStatus.EXITED, Sort.NAME, false, 0, 25), me, aftercareOver);
        assertThat(names(exited)).containsExactly("Zeno Zelfstandig");
        assertThat(exited.counts()).containsEntry(TrajectoryStatus.AFTERCARE, 0L)
                .containsEntry(TrajectoryStatus.EXITED, 1L);
        assertThat(names(list.list(mine(TrajectoryStatus.STOPPED, Sort.NAME, false, 0, 25), me, longAgo())))
                .containsExactly("Stan Stop");
        assertThat(names(list.list(mine(TrajectoryStatus.INTAKE, Sort.NAME, false, 0, 25), me, longAgo())))
                .containsExactly("Ina Intake", "Nora Nieuw");
    }

    @Test
    void theListFiltersByTextGroupAndMyCandidatesWithinTheCaseload() {
        Trajectory ann = registered("Ann", "Çelik", "0470 11 22 33", coach);
        registered("Bram", "Baert", null, coach);
        Trajectory pool = registered("Pia", "Pool", null, null);
        groups.place(ann.getId(), groups.create("Groep " + coach, coach, COORDINATOR).getId(), COORDINATOR);

        CandidateFilter byText = new CandidateFilter(null, coach, null, "CELIK", false, Sort.NAME, false, 0, 25);
        assertThat(names(list.list(byText, me, longAgo()))).containsExactly("Ann Çelik");
        CandidateFilter byPhone = new CandidateFilter(null, coach, null, "+32 470 112233", false, null, false, 0, 25);
        assertThat(names(list.list(byPhone, me, longAgo()))).containsExactly("Ann Çelik");
        Long group = groups.groupOf(ann.getId()).orElseThrow().getId();
        CandidateFilter byGroup = new CandidateFilter(null, null, group, null, false, Sort.NAME, false, 0, 25);
        assertThat(names(list.list(byGroup, me, longAgo()))).containsExactly("Ann Çelik");
        assertThat(names(list.list(byGroup, colleague, longAgo()))).isEmpty();

        CandidateFilter mineOnly = new CandidateFilter(null, null, null, "Pool", true, Sort.NAME, false, 0, 25);
        assertThat(list.list(mineOnly, me, longAgo()).rows()).isEmpty();
        CandidateFilter poolOnly = new CandidateFilter(null, CandidateFilter.NO_COACH, null, "Pia Pool", false,
                Sort.NAME, false, 0, 25);
        assertThat(list.list(poolOnly, me, longAgo()).rows()).extracting(Trajectory::getId)
                .contains(pool.getId());
    }
}
