package be.actraject.domain.decision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface DecisionRecordRepository extends JpaRepository<DecisionRecord, Long> {

    List<DecisionRecord> findByTrajectoryIdOrderByDecidedAtDesc(Long trajectoryId);

    Optional<DecisionRecord> findFirstByTrajectoryIdAndTaskOrderByDecidedAtDesc(Long trajectoryId, String task);
}
