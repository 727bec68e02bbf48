package be.actraject.domain.training;

import be.actraject.testsupport.HeldTransaction;
import be.actraject.testsupport.HeldTransaction.Outcome;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The last seat of a module goes to one candidate, however many ask for it at the same moment. Not in a test
 * transaction: each enrolment commits its own, as concurrent requests do. Several rounds, since threads only
 * sometimes meet between the count and the insert.
 */
@SpringBootTest
abstract class EnrolmentConcurrencyContract {

    private static final int ROUNDS = 4;
    private static final int CANDIDATES = 3;

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    TrainingProviders providers;
    @Autowired
    TrainingModules modules;
    @Autowired
    Enrolments enrolments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Attendances attendances;
    @Autowired
    PlatformTransactionManager transactions;

    TrainingFixture training;

    @BeforeEach
    void fixture() {
        training = new TrainingFixture(providers, modules);
    }

    @Test
    void threeCandidatesAskingForTheLastSeatAtOnceGetOneEnrolmentBetweenThem() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CANDIDATES);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                TrainingModule module = training.onDemand("250", 1);
                List<Trajectory> candidates = new ArrayList<>();
                for (int i = 0; i < CANDIDATES; i++) {
                    candidates.add(candidateInExploration());
                }
                CyclicBarrier together = new CyclicBarrier(CANDIDATES);
                List<CompletableFuture<Boolean>> requests = candidates.stream()
                        .map(t -> CompletableFuture.supplyAsync(() -> enrol(t, module, together), threads))
                        .toList();

                long enrolled = 0;
                for (CompletableFuture<Boolean> request : requests) {
                    enrolled += request.get() ? 1 : 0;
                }

                assertThat(enrolled).as("round %d: one request succeeds", round).isEqualTo(1);
                assertThat(jdbc.queryForObject("select count(*) from training_enrolment where module_id = ?",
                        Long.class, module.getId())).as("round %d: one enrolment written", round).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCoordinatorCannotAgreeToMoreRequestsThanTheModuleHasSeats() {
        TrainingModule module = training.onDemand("250", 2);
        Enrolment first = enrolments.enrol(candidateInExploration().getCandidate().getId(), module.getId(), null,
                COACH);
        Enrolment second = enrolments.enrol(candidateInExploration().getCandidate().getId(), module.getId(), null,
                COACH);
        // As left by the fault before the lock (or a seat less since): two requests for one seat.
        jdbc.update("update training_module set seats = 1 where id = ?", module.getId());

        enrolments.decide(first.getId(), true, null, COORDINATOR);

        assertThatThrownBy(() -> enrolments.decide(second.getId(), true, null, COORDINATOR))
                .isInstanceOf(ModuleFullException.class);
        assertThat(jdbc.queryForObject("select state from training_enrolment where id = ?", String.class,
                second.getId())).isEqualTo("REQUESTED");
    }

    /**
     * An absence gave back the last seat; while another candidate's enrolment takes it (not committed yet), the absence
     * is taken back. Under the module's lock it waits for that enrolment and then finds the seat gone: the module is
     * not overfilled. Without the lock it counted the seat as free and took it too.
     */
    @Test
    void anAbsenceTakenBackWaitsForTheModuleAndFindsItsSeatTakenMeanwhile() throws Exception {
        TrainingModule module = training.onDemand("0", 1);
        Enrolment missed = enrolments.enrol(candidateInExploration().getCandidate().getId(), module.getId(), null,
                COACH);
        attendances.recordAttendance(missed.getId(), false, COACH);
        long other = candidateInExploration().getCandidate().getId();

        Outcome<Enrolment> undo = HeldTransaction.race(transactions,
                () -> enrolments.enrol(other, module.getId(), null, COACH),
                () -> attendances.undoAttendance(missed.getId(), "Verkeerde knop", COACH));

        assertThat(undo.waited()).as("the undo waits for the module's lock").isTrue();
        assertThat(undo.thrown()).isInstanceOf(ModuleFullException.class);
        assertThat(jdbc.queryForObject("select state from training_enrolment where id = ?", String.class,
                missed.getId())).isEqualTo("ABSENT");
        assertThat(seatsTaken(module)).isEqualTo(1);
    }

    /** The other way round: the undo holds the lock, and the enrolment that comes meanwhile finds the module full. */
    @Test
    void anEnrolmentWaitsForAnAbsenceBeingTakenBack() throws Exception {
        TrainingModule module = training.onDemand("0", 1);
        Enrolment missed = enrolments.enrol(candidateInExploration().getCandidate().getId(), module.getId(), null,
                COACH);
        attendances.recordAttendance(missed.getId(), false, COACH);
        long other = candidateInExploration().getCandidate().getId();

        Outcome<Enrolment> enrol = HeldTransaction.race(transactions,
                () -> attendances.undoAttendance(missed.getId(), "Verkeerde knop", COACH),
                () -> enrolments.enrol(other, module.getId(), null, COACH));

        assertThat(enrol.waited()).isTrue();
        assertThat(enrol.thrown()).isInstanceOf(ModuleFullException.class);
        assertThat(seatsTaken(module)).isEqualTo(1);
    }

    /**
     * A coordinator lowers the seats while an enrolment takes one (not committed yet): the change waits for the
     * module's lock and then counts that enrolment, so the seats never end below those taken.
     */
    @Test
    void fewerSeatsWaitForTheModuleAndCountTheEnrolmentTakenMeanwhile() throws Exception {
        TrainingModule module = training.onDemand("0", 2);
        enrolments.enrol(candidateInExploration().getCandidate().getId(), module.getId(), null, COACH);
        long other = candidateInExploration().getCandidate().getId();

        Outcome<TrainingModule> change = HeldTransaction.race(transactions,
                () -> enrolments.enrol(other, module.getId(), null, COACH),
                () -> modules.change(module.getId(), withSeats(module, 1), COORDINATOR));

        assertThat(change.waited()).as("the change waits for the module's lock").isTrue();
        assertThat(change.thrown()).isInstanceOf(ModuleChangeException.class);
        assertThat(((ModuleChangeException) change.thrown()).conflict())
                .isEqualTo(ModuleChangeException.Conflict.SEATS_BELOW_ENROLLED);
        assertThat(jdbc.queryForObject("select seats from training_module where id = ?", Integer.class,
                module.getId())).isEqualTo(2);
        assertThat(seatsTaken(module)).isEqualTo(2);
    }

    private static ModuleDraft withSeats(TrainingModule m, Integer seats) {
        return new ModuleDraft(m.getTitle(), m.getProvider().getId(), m.getCompetencies(), m.isOnDemand(),
                m.getPlace(), m.isHeldOnline(), m.getCost(), m.getPayer(), seats);
    }

    private long seatsTaken(TrainingModule module) {
        return jdbc.queryForObject("select count(*) from training_enrolment where module_id = ? and state in"
                + " ('REQUESTED', 'AGREED', 'ATTENDED', 'COMPLETED')", Long.class, module.getId());
    }

    private boolean enrol(Trajectory t, TrainingModule module, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try {
            enrolments.enrol(t.getCandidate().getId(), module.getId(), null, COACH);
            return true;
        } catch (ModuleFullException full) {
            return false;
        }
    }

    private Trajectory candidateInExploration() {
        String number = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Lotte", "Claes", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        progress.enterPhase(t.getId(), Phase.EXPLORATION);
        return t;
    }
}
