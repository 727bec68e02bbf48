package be.actraject.domain.sector;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A coach introduced a candidate to an expert: who introduced whom to whom, and the prospecting activity that logs it
 * in the candidate's record.
 */
@Entity
@Table(name = "expert_introduction")
public class Introduction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_id")
    private Expert expert;
    private LocalDate introducedOn;
    private String note;
    private String introducedBy;
    private Long prospectingActivityId;

    protected Introduction() {
    }

    Introduction(Long trajectoryId, Expert expert, LocalDate introducedOn, String note, String introducedBy,
                 Long prospectingActivityId) {
        this.trajectoryId = trajectoryId;
        this.expert = expert;
        this.introducedOn = introducedOn;
        this.note = note;
        this.introducedBy = introducedBy;
        this.prospectingActivityId = prospectingActivityId;
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public Expert getExpert() {
        return expert;
    }

    public LocalDate getIntroducedOn() {
        return introducedOn;
    }

    public String getNote() {
        return note;
    }

    public String getIntroducedBy() {
        return introducedBy;
    }
}
