package be.actraject.domain.document;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.document.DocumentRejectedException.Reason;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.util.List;

/**
 * The documents of a candidate's dossier, part of the coaching record: whoever reads that record reads them, whoever
 * may change it ({@link DossierChange#COACHING_RECORD}) attaches them. The size limit is a setting
 * ({@code actraject.documents.max-size}).
 */
@Service
public class Documents {

    private final CandidateDocumentRepository documents;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Clock clock;
    private final DataSize maxSize;

    public Documents(CandidateDocumentRepository documents, Caseload caseload, DossierChanges changes,
                     Timeline timeline, Clock clock, @Value("${actraject.documents.max-size:10MB}") DataSize maxSize) {
        this.documents = documents;
        this.caseload = caseload;
        this.changes = changes;
        this.timeline = timeline;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Attaches a file to the candidate's dossier.
     *
     * @throws DocumentRejectedException when the file is empty, too large, badly named or not an accepted type
     * @throws be.actraject.domain.access.NotPermittedException  for an actor who does not change the coaching record
     * @throws be.actraject.domain.access.NotInCaseloadException for a candidate outside the actor's caseload
     */
    @Transactional
    public DocumentSummary attach(long candidateId, DocumentKind kind, String fileName, byte[] content,
                                  Actor actor) {
        Trajectory current = changes.currentOf(candidateId, DossierChange.COACHING_RECORD, actor);
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(Reason.EMPTY, fileName);
        }
        if (content.length > maxSize.toBytes()) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, content.length + " bytes");
        }
        String name = cleanName(fileName);
        FileType type = FileType.of(name, content)
                .orElseThrow(() -> new DocumentRejectedException(Reason.TYPE, name));
        CandidateDocument saved = documents.save(new CandidateDocument(candidateId,
                kind == null ? DocumentKind.OTHER : kind, name, type, content, actor.userId(), clock.instant()));
        timeline.record(current.getId(), TimelineKind.DOCUMENT_ATTACHED, actor.userId(), name);
        return new DocumentSummary(saved.getId(), saved.getKind(), saved.getFileName(), saved.getMediaType(),
                saved.getSizeBytes(), saved.getUploadedBy(), saved.getUploadedAt());
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> of(long candidateId, Actor actor) {
        caseload.coachingRecordOfCandidate(candidateId, actor);
        return documents.summariesOf(candidateId);
    }

    /** A document with its content, for downloading; the actor must be allowed to see its candidate. */
    @Transactional(readOnly = true)
    public CandidateDocument read(long candidateId, long documentId, Actor actor) {
        caseload.coachingRecordOfCandidate(candidateId, actor);
        CandidateDocument document = documents.findById(documentId)
                .filter(d -> d.getCandidateId() == candidateId)
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
        document.getContent();
        return document;
    }

    /** Keeps the file's own name, without any path a browser sent and without characters that break headers. */
    private static String cleanName(String fileName) {
        if (fileName == null) {
            throw new DocumentRejectedException(Reason.NAME, "no name");
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new DocumentRejectedException(Reason.NAME, fileName);
        }
        return name;
    }
}
