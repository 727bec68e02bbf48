package be.actraject.domain.aftercare;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** One follow-up contact after the exit. */
@Entity
public class AftercareContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    /** Which follow-up of the schedule this was, as its offset after the exit (P3M, P6M...). */
    private String followUp;
    private LocalDate contactedOn;
    @Enumerated(EnumType.STRING)
    private Situation situation;
    /** The day the situation started; null on follow-ups recorded before it was asked. */
    private LocalDate situationSince;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected AftercareContact() {
    }

    AftercareContact(Long trajectoryId, String followUp, LocalDate contactedOn, Situation situation,
                     LocalDate situationSince, String note, String recordedBy, Instant recordedAt) {
        this.trajectoryId = trajectoryId;
        this.followUp = followUp;
        this.contactedOn = contactedOn;
        this.situation = situation;
        this.situationSince = situationSince;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public String getFollowUp() {
        return followUp;
    }

    /** The follow-up's moment in months after the exit (3 for P3M, 12 for P1Y), to name and order it. */
    public long followUpMonths() {
        return Period.parse(followUp).toTotalMonths();
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public Situation getSituation() {
        return situation;
    }

    public LocalDate getSituationSince() {
        return situationSince;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
