package be.actraject.domain.group;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A trajectory's place in a learning group; one group at a time. */
@Entity
@Table(name = "learning_group_member")
public class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private LearningGroup group;
    private Long trajectoryId;
    private LocalDate joinedOn;

    protected GroupMember() {
    }

    GroupMember(LearningGroup group, Long trajectoryId, LocalDate joinedOn) {
        this.group = group;
        this.trajectoryId = trajectoryId;
        this.joinedOn = joinedOn;
    }

    void moveTo(LearningGroup newGroup, LocalDate on) {
        this.group = newGroup;
        this.joinedOn = on;
    }

    public LearningGroup getGroup() {
        return group;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }
}
