package be.actraject.domain.training;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findByTrajectoryIdOrderByRequestedAtDesc(Long trajectoryId);

    List<Enrolment> findByModuleId(Long moduleId);

    /** The enrolments at dated moments on the days [from, until) in these trajectories and states. */
    @Query("select e from Enrolment e join fetch e.moment m where e.trajectoryId in :trajectoryIds"
            + " and e.state in :states and m.heldOn >= :from and m.heldOn < :until")
    List<Enrolment> datedBetween(Collection<Long> trajectoryIds, Collection<EnrolmentState> states, LocalDate from,
                                 LocalDate until);
}
