package be.actraject.domain.conversation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ActionPointRepository extends JpaRepository<ActionPoint, Long> {

    List<ActionPoint> findByTrajectoryIdOrderByDueOnAscIdAsc(Long trajectoryId);

    List<ActionPoint> findByTrajectoryIdAndStatusOrderByDueOnAscIdAsc(Long trajectoryId, ActionPointStatus status);
}
