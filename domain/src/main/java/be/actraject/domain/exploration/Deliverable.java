package be.actraject.domain.exploration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;
import java.util.Objects;

/** Where one deliverable of a trajectory stands. */
@Entity
public class Deliverable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    @Enumerated(EnumType.STRING)
    private DeliverableKind kind;
    @Enumerated(EnumType.STRING)
    private DeliverableStatus status;
    private String note;
    private LocalDate updatedOn;

    protected Deliverable() {
    }

    Deliverable(Long trajectoryId, DeliverableKind kind, LocalDate today) {
        this.trajectoryId = trajectoryId;
        this.kind = kind;
        this.status = DeliverableStatus.NOT_STARTED;
        this.updatedOn = today;
    }

    /** @return whether anything changed */
    boolean update(DeliverableStatus newStatus, String newNote, LocalDate today) {
        String cleanNote = newNote == null || newNote.isBlank() ? null : newNote.strip();
        if (newStatus == status && Objects.equals(cleanNote, note)) {
            return false;
        }
        status = newStatus;
        note = cleanNote;
        updatedOn = today;
        return true;
    }

    public DeliverableKind getKind() {
        return kind;
    }

    public DeliverableStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }
}
