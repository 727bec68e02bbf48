package be.actraject.domain.prospecting;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProspectingActivityRepository extends JpaRepository<ProspectingActivity, Long> {

    List<ProspectingActivity> findByTrajectoryIdOrderByHappenedOnDescIdDesc(Long trajectoryId);
}
