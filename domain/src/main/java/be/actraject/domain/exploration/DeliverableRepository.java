package be.actraject.domain.exploration;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

    List<Deliverable> findByTrajectoryId(Long trajectoryId);
}
