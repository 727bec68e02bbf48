package be.actraject.domain.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One change to how the cooperative works, who made it and when; never changed or removed. */
@Entity
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant recordedAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private AuditKind kind;
    private String subject;
    private String detail;
    private String reference;
    private String reasonCode;
    private String reasonArguments;

    protected AuditEntry() {
    }

    AuditEntry(Instant recordedAt, String actor, AuditKind kind, String subject, String detail, AuditReason reason,
               String reference) {
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.kind = kind;
        this.subject = subject;
        this.detail = detail;
        this.reference = reference;
        this.reasonCode = reason == null ? null : reason.code();
        this.reasonArguments = reason == null ? null : reason.stored();
    }

    public Long getId() {
        return id;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getReference() {
        return reference;
    }

    /** Why, as a code to say in the reader's language; null for none (and for entries older than the codes). */
    public AuditReason getReason() {
        return AuditReason.restored(reasonCode, reasonArguments);
    }
}
