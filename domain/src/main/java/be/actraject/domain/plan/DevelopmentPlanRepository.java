package be.actraject.domain.plan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface DevelopmentPlanRepository extends JpaRepository<DevelopmentPlan, Long> {

    List<DevelopmentPlan> findByTrajectoryIdOrderByVersionDesc(Long trajectoryId);

    @Query("select coalesce(max(p.version), 0) from DevelopmentPlan p where p.trajectoryId = :trajectoryId")
    int latestVersion(Long trajectoryId);
}
