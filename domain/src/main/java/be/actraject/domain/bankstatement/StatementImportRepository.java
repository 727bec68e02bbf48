package be.actraject.domain.bankstatement;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface StatementImportRepository extends JpaRepository<StatementImport, Long> {

    List<StatementImport> findTop50ByOrderByImportedAtDescIdDesc();
}
