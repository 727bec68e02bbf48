package be.actraject.domain.trajectory;

import be.actraject.workflow.Phase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** The days a trajectory spent in one phase; the time limits of the phases are measured on these. */
@Entity
@Table(name = "trajectory_phase")
public class PhasePeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Trajectory trajectory;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private LocalDate startedOn;
    private LocalDate endedOn;

    protected PhasePeriod() {
    }

    PhasePeriod(Trajectory trajectory, Phase phase, LocalDate startedOn) {
        this.trajectory = trajectory;
        this.phase = phase;
        this.startedOn = startedOn;
    }

    /** Moves the start, when the date of entry it began on is corrected. */
    void startOn(LocalDate day) {
        this.startedOn = day;
    }

    void close(LocalDate on) {
        this.endedOn = on;
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
