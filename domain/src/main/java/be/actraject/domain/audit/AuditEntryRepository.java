package be.actraject.domain.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findAllByOrderByRecordedAtDescIdDesc(Pageable page);

    List<AuditEntry> findByKindAndReferenceIn(AuditKind kind, Collection<String> references);

    List<AuditEntry> findByKindInAndReferenceOrderByRecordedAtAscIdAsc(Collection<AuditKind> kinds, String reference);
}
