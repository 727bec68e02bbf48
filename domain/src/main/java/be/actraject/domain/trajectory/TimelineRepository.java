package be.actraject.domain.trajectory;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByTrajectoryIdOrderByOccurredAtDescIdDesc(Long trajectoryId);
}
