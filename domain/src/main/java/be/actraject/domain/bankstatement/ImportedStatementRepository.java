package be.actraject.domain.bankstatement;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ImportedStatementRepository extends JpaRepository<ImportedStatement, Long> {

    Optional<ImportedStatement> findFirstByAccountAndReference(String account, String reference);
}
