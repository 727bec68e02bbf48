package be.actraject.domain.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByTrajectoryIdOrderByAssessedOnDescIdDesc(Long trajectoryId);
}
