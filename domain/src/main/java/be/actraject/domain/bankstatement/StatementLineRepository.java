package be.actraject.domain.bankstatement;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface StatementLineRepository extends JpaRepository<StatementLine, Long> {

    boolean existsByAccountAndReference(String account, String reference);

    List<StatementLine> findByImportIdOrderById(Long importId);

    List<StatementLine> findByOutcomeOrderByBookedOnAscIdAsc(LineOutcome outcome);
}
