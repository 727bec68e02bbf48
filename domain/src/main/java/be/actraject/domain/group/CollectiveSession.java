package be.actraject.domain.group;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A collective session of a learning group, and, once held, who attended. */
@Entity
public class CollectiveSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private LearningGroup group;
    private Instant startsAt;
    private int durationMinutes;
    private String topic;
    private boolean attendanceRegistered;
    private String plannedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "trajectory_id")
    @Column(name = "presence")
    @Enumerated(EnumType.STRING)
    private Map<Long, Presence> attendance = new HashMap<>();

    protected CollectiveSession() {
    }

    CollectiveSession(LearningGroup group, Instant startsAt, int durationMinutes, String topic, String plannedBy) {
        this.group = group;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.topic = topic;
        this.plannedBy = plannedBy;
    }

    void register(Map<Long, Presence> presence) {
        attendance.clear();
        attendance.putAll(presence);
        attendanceRegistered = true;
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public Long getId() {
        return id;
    }

    public LearningGroup getGroup() {
        return group;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getTopic() {
        return topic;
    }

    public boolean isAttendanceRegistered() {
        return attendanceRegistered;
    }

    public Map<Long, Presence> getAttendance() {
        return Map.copyOf(attendance);
    }
}
