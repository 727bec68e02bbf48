package be.actraject.domain.document;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CandidateDocumentRepository extends JpaRepository<CandidateDocument, Long> {

    /** The documents of a candidate without loading their content. */
    @Query("""
            select new be.actraject.domain.document.DocumentSummary(d.id, d.kind, d.fileName, d.mediaType,
                d.sizeBytes, d.uploadedBy, d.uploadedAt)
            from CandidateDocument d where d.candidateId = :candidateId order by d.uploadedAt desc, d.id desc""")
    List<DocumentSummary> summariesOf(long candidateId);
}
