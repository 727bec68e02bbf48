package be.actraject.domain.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findByTrajectoryIdOrderByRequestedAtDesc(Long trajectoryId);

    List<Enrolment> findByModuleId(Long moduleId);
}
