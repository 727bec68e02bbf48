package be.actraject.domain.group;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CollectiveSessionRepository extends JpaRepository<CollectiveSession, Long> {

    @Query("select s from CollectiveSession s where s.group.id = :groupId order by s.startsAt desc")
    List<CollectiveSession> findByGroupId(Long groupId);

    @Query("select s from CollectiveSession s join fetch s.group where s.id in :ids")
    List<CollectiveSession> findWithGroupByIdIn(Collection<Long> ids);

    @Query("select s from CollectiveSession s join fetch s.group where s.startsAt >= :from and s.startsAt < :until"
            + " order by s.startsAt")
    List<CollectiveSession> findWithGroupBetween(Instant from, Instant until);

    @Query("select s from CollectiveSession s join fetch s.group where s.id = :id")
    Optional<CollectiveSession> findWithGroup(Long id);
}
