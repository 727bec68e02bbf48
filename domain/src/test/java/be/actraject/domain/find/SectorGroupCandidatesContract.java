package be.actraject.domain.find;

import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroupEntry;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.sector.SectorMemberships;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom a sector group's keeper is offered to place: prospecting, running, in their caseload, not a current member —
 * found by what was typed, counted and cut by the database. Each test's candidates share a family name of its own,
 * so that other tests' candidates do not count. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(classes = be.actraject.domain.DomainTestApplication.class)
@Transactional
abstract class SectorGroupCandidatesContract {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    SectorGroups groups;
    @Autowired
    SectorMemberships memberships;
    @Autowired
    SectorGroupCandidates candidates;

    private final String coach = "c" + UUID.randomUUID().toString().substring(0, 8);
    private final Actor me = Actor.of(coach, Role.COACH);
    private final Actor colleague = Actor.of("other-" + coach, Role.COACH);
    /** Letters only, so that the folded search name holds it as typed. */
    private final String family = "Zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "x";

    private Trajectory candidate(String firstName, String coachId, Phase phase) {
        String number = "G" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateDetails details = new CandidateDetails(firstName, family, number.toLowerCase() + "@example.be",
                null, null, null, null, LocalDate.of(1990, 1, 1), number, LocalDate.now(clock).minusDays(3), "Idee");
        Trajectory t = registration.register(details, coachId, COORDINATOR);
        progress.enterPhase(t.getId(), phase);
        return t;
    }

    private SectorGroup group() {
        return groups.create(new SectorGroupEntry("Horeca " + UUID.randomUUID(), "I — Horeca", null, "coordinator"),
                COORDINATOR);
    }

    @Test
    void theKeeperIsOfferedTheirProspectingCandidatesNotYetInTheGroupInNameOrder() {
        SectorGroup group = group();
        Trajectory cagri = candidate("Çağrı", coach, Phase.PROSPECTING);
        Trajectory anna = candidate("Anna", coach, Phase.PROSPECTING);
        Trajectory member = candidate("Bram", coach, Phase.PROSPECTING);
        Trajectory former = candidate("Dirk", coach, Phase.PROSPECTING);
        candidate("Eva", coach, Phase.EXPLORATION);
        Trajectory exited = candidate("Fien", coach, Phase.PROSPECTING);
        Trajectory colleagues = candidate("Gert", colleague.userId(), Phase.PROSPECTING);
        memberships.join(group.getId(), member.getId(), COORDINATOR);
        memberships.join(group.getId(), former.getId(), COORDINATOR);
        memberships.leave(group.getId(), former.getId(), COORDINATOR);
        progress.end(exited.getId(), ExitType.SALARIED, "Werk gevonden");

        SectorGroupCandidates.Choice mine = candidates.placeable(group.getId(), me, family, 10);

        assertThat(mine.offered()).extracting(Trajectory::getId)
                .containsExactly(anna.getId(), cagri.getId(), former.getId());
        assertThat(mine.total()).isEqualTo(3);
        assertThat(mine.more()).isFalse();
        assertThat(candidates.placeable(group.getId(), COORDINATOR, family, 10).offered()).extracting(Trajectory::getId)
                .containsExactly(anna.getId(), cagri.getId(), former.getId(), colleagues.getId());
        assertThat(candidates.placeable(group.getId(), colleague, family, 10).offered())
                .extracting(Trajectory::getId).containsExactly(colleagues.getId());
    }

    @Test
    void whatWasTypedNarrowsTheChoiceFoldedAsTheSearchAndTheCountSaysHowManyMore() {
        SectorGroup group = group();
        Trajectory cagri = candidate("Çağrı", coach, Phase.PROSPECTING);
        candidate("Anna", coach, Phase.PROSPECTING);
        candidate("Bram", coach, Phase.PROSPECTING);

        assertThat(candidates.placeable(group.getId(), me, "cagri " + family, 10).offered())
                .extracting(Trajectory::getId).containsExactly(cagri.getId());
        assertThat(candidates.placeable(group.getId(), me, "\u00A0" + cagri.getCandidate().getJobSeekerNumber()
                + " ", 10).offered()).extracting(Trajectory::getId).containsExactly(cagri.getId());
        assertThat(candidates.placeable(group.getId(), me, "%_" + family, 10).total()).isEqualTo(3);

        SectorGroupCandidates.Choice cut = candidates.placeable(group.getId(), me, family, 2);
        assertThat(cut.offered()).hasSize(2);
        assertThat(cut.total()).isEqualTo(3);
        assertThat(cut.more()).isTrue();
        assertThat(cut.searched()).isTrue();
    }

    /** Nothing typed, or nothing a search answers to (a wildcard, one letter): the first of the whole choice. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {" ", "%", "_", "'", "a", "\u00A0%\u00A0"})
    void nothingTypedOffersTheFirstOfTheWholeChoice(String typed) {
        SectorGroup group = group();
        candidate("Anna", coach, Phase.PROSPECTING);
        candidate("Bram", coach, Phase.PROSPECTING);

        SectorGroupCandidates.Choice first = candidates.placeable(group.getId(), me, typed, 1);

        assertThat(first.searched()).isFalse();
        assertThat(first.offered()).hasSize(1);
        assertThat(first.total()).isGreaterThanOrEqualTo(2);
        assertThat(first.offered()).allSatisfy(t -> {
            assertThat(t.isActive()).isTrue();
            assertThat(t.getPhase()).isEqualTo(Phase.PROSPECTING);
        });
    }
}
