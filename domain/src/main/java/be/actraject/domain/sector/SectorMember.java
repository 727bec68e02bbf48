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
 * A trajectory's membership of a sector group. Leaving closes it rather than deleting it, so that the group keeps
 * who took part and when; one may join again later (a new membership).
 */
@Entity
@Table(name = "sector_group_member")
public class SectorMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private SectorGroup group;
    private Long trajectoryId;
    private LocalDate joinedOn;
    private LocalDate leftOn;

    protected SectorMember() {
    }

    SectorMember(SectorGroup group, Long trajectoryId, LocalDate joinedOn) {
        this.group = group;
        this.trajectoryId = trajectoryId;
        this.joinedOn = joinedOn;
    }

    void leave(LocalDate on) {
        this.leftOn = on;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public SectorGroup getGroup() {
        return group;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
