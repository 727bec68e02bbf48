package be.actraject.domain.earnings;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ExtraEarningsStatementRepository extends JpaRepository<ExtraEarningsStatement, Long> {

    boolean existsByTrajectoryIdAndStatementMonth(Long trajectoryId, String statementMonth);

    List<ExtraEarningsStatement> findByTrajectoryIdOrderByStatementMonthDesc(Long trajectoryId);

    Optional<ExtraEarningsStatement> findFirstByTrajectoryIdOrderByStatementMonthDesc(Long trajectoryId);
}
