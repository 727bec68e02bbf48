package be.actraject.web.sector;

import be.actraject.domain.sector.SectorMember;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A candidate who was in a sector group and is not now, with each membership they had, the latest first: one line
 * of the group's former members however often they joined and left.
 *
 * @param trajectoryId the candidate's trajectory
 * @param periods      the closed memberships, the latest left first; at least one
 */
public record FormerMember(long trajectoryId, List<SectorMember> periods) {

    public FormerMember {
        periods = periods.stream().sorted(Comparator.comparing(SectorMember::getLeftOn).reversed()).toList();
    }

    /** The day they last left. */
    public LocalDate lastLeftOn() {
        return periods.get(0).getLeftOn();
    }
}
