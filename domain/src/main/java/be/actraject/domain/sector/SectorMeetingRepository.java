package be.actraject.domain.sector;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface SectorMeetingRepository extends JpaRepository<SectorMeeting, Long> {

    List<SectorMeeting> findByGroupIdOrderByStartsAtAsc(Long groupId);

    /** The meetings that take place: neither cancelled nor of a closed group. */
    @Query("""
            select m from SectorMeeting m join fetch m.group g
            where m.startsAt >= ?1 and m.startsAt < ?2 and m.cancelledAt is null and g.closedOn is null
            order by m.startsAt""")
    List<SectorMeeting> findWithGroupBetween(Instant from, Instant until);

    List<SectorMeeting> findByGroupIdAndStartsAtAfterAndCancelledAtIsNull(Long groupId, Instant after);
}
