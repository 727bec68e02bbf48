package be.actraject.domain.sector;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface SectorMeetingRepository extends JpaRepository<SectorMeeting, Long> {

    List<SectorMeeting> findByGroupIdOrderByStartsAtAsc(Long groupId);

    @Query("select m from SectorMeeting m join fetch m.group where m.startsAt >= ?1 and m.startsAt < ?2 order by m.startsAt")
    List<SectorMeeting> findWithGroupBetween(Instant from, Instant until);
}
