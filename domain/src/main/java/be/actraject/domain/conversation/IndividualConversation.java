package be.actraject.domain.conversation;

import be.actraject.workflow.Phase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;

/** A conversation as recorded: the report, the phase it was held in and the coach who held it. */
@Entity
public class IndividualConversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    @Enumerated(EnumType.STRING)
    private Phase phase;
    private LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    private ConversationKind kind;
    private String topics;
    private String notes;
    private String agreements;
    private LocalDate nextPlannedOn;
    private String coach;
    private Instant recordedAt;

    protected IndividualConversation() {
    }

    IndividualConversation(Long trajectoryId, Phase phase, ConversationReport report, String coach,
                           Instant recordedAt) {
        this.trajectoryId = trajectoryId;
        this.phase = phase;
        this.heldOn = report.heldOn();
        this.kind = report.kind();
        this.topics = report.topics().strip();
        this.notes = blankToNull(report.notes());
        this.agreements = blankToNull(report.agreements());
        this.nextPlannedOn = report.nextPlannedOn();
        this.coach = coach;
        this.recordedAt = recordedAt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public ConversationKind getKind() {
        return kind;
    }

    public String getTopics() {
        return topics;
    }

    public String getNotes() {
        return notes;
    }

    public String getAgreements() {
        return agreements;
    }

    public LocalDate getNextPlannedOn() {
        return nextPlannedOn;
    }

    public String getCoach() {
        return coach;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
