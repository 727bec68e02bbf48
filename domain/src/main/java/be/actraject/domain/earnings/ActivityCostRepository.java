package be.actraject.domain.earnings;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface ActivityCostRepository extends JpaRepository<ActivityCost, Long> {

    List<ActivityCost> findByTrajectoryIdOrderBySpentOnDescIdDesc(Long trajectoryId);

    List<ActivityCost> findByTrajectoryIdAndSpentOnBetween(Long trajectoryId, LocalDate from, LocalDate until);
}
