package be.actraject.domain.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A file in a candidate's dossier, stored in the database with the rest of the dossier (one backup, one transaction). */
@Entity
public class CandidateDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long candidateId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected CandidateDocument() {
    }

    CandidateDocument(Long candidateId, DocumentKind kind, String fileName, FileType type, byte[] content,
                      String uploadedBy, Instant uploadedAt) {
        this.candidateId = candidateId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
