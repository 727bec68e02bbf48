package be.actraject.domain.agenda;

import be.actraject.domain.conversation.ConversationKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Duration;
import java.time.Instant;

/** A conversation with a candidate planned ahead from the dossier: when, how long, how and where. */
@Entity
public class PlannedConversation {

    /** Planned conversations take an hour; the agenda and the calendar feed show that long. */
    public static final int DURATION_MINUTES = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private Instant startsAt;
    private int durationMinutes;
    @Enumerated(EnumType.STRING)
    private ConversationKind kind;
    private String place;
    private String plannedBy;
    private Instant plannedAt;

    protected PlannedConversation() {
    }

    PlannedConversation(Long trajectoryId, String plannedBy, Instant plannedAt) {
        this.trajectoryId = trajectoryId;
        this.plannedBy = plannedBy;
        this.plannedAt = plannedAt;
        this.durationMinutes = DURATION_MINUTES;
    }

    void set(Instant startsAt, ConversationKind kind, String place) {
        this.startsAt = startsAt;
        this.kind = kind;
        this.place = place == null || place.isBlank() ? null : place.strip();
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public ConversationKind getKind() {
        return kind;
    }

    public String getPlace() {
        return place;
    }

    public String getPlannedBy() {
        return plannedBy;
    }
}
