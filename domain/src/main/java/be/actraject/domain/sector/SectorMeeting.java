package be.actraject.domain.sector;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Duration;
import java.time.Instant;

/**
 * A meeting of a sector group: when (an instant, shown in Europe/Brussels), where and about what. A cancelled meeting
 * keeps its row, so that the group's page can tell its members it did not take place.
 */
@Entity
public class SectorMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private SectorGroup group;
    private Instant startsAt;
    private int durationMinutes;
    private String place;
    private String topic;
    private String plannedBy;
    private Instant cancelledAt;
    private String cancelledBy;

    protected SectorMeeting() {
    }

    SectorMeeting(SectorGroup group, MeetingEntry entry, String plannedBy) {
        this.group = group;
        this.startsAt = entry.startsAt();
        this.durationMinutes = entry.durationMinutes();
        this.place = Typed.clean(entry.place());
        this.topic = Typed.clean(entry.topic());
        this.plannedBy = plannedBy;
    }

    /** Moves the meeting, or changes its length, place or topic. */
    void change(MeetingEntry entry) {
        this.startsAt = entry.startsAt();
        this.durationMinutes = entry.durationMinutes();
        this.place = Typed.clean(entry.place());
        this.topic = Typed.clean(entry.topic());
    }

    void cancel(Instant at, String by) {
        this.cancelledAt = at;
        this.cancelledBy = by;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** Whether the meeting has started by then: held (or not), no longer to move or cancel. */
    public boolean hasStartedBy(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public Long getId() {
        return id;
    }

    public SectorGroup getGroup() {
        return group;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public String getTopic() {
        return topic;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
