package be.actraject.domain.training;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A day and hours on which a module is held, in the cooperative's time zone (Europe/Brussels). */
@Entity
public class TrainingMoment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private TrainingModule module;
    private LocalDate heldOn;
    private LocalTime startTime;
    private LocalTime endTime;

    protected TrainingMoment() {
    }

    TrainingMoment(TrainingModule module, LocalDate heldOn, LocalTime startTime, LocalTime endTime) {
        if (!endTime.isAfter(startTime)) {
            throw new MomentTimesException();
        }
        this.module = module;
        this.heldOn = heldOn;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    public Instant startsAt(ZoneId zone) {
        return heldOn.atTime(startTime).atZone(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return heldOn.atTime(endTime).atZone(zone).toInstant();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }
}
