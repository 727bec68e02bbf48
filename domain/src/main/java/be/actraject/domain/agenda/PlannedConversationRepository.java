package be.actraject.domain.agenda;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface PlannedConversationRepository extends JpaRepository<PlannedConversation, Long> {

    @Query("select p from PlannedConversation p where p.trajectoryId in :trajectoryIds"
            + " and p.startsAt >= :from and p.startsAt < :until order by p.startsAt")
    List<PlannedConversation> findBetween(Collection<Long> trajectoryIds, Instant from, Instant until);

    List<PlannedConversation> findByTrajectoryIdAndStartsAtGreaterThanEqualOrderByStartsAt(Long trajectoryId,
                                                                                            Instant from);
}
