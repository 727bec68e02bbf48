package be.actraject.domain.conversation;

import org.springframework.data.jpa.repository.JpaRepository;

import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface IndividualConversationRepository extends JpaRepository<IndividualConversation, Long> {

    List<IndividualConversation> findByTrajectoryIdOrderByHeldOnDescIdDesc(Long trajectoryId);

    /** The latest report of each trajectory (by held day, then id) whose next conversation falls in [from, until). */
    @Query("select c from IndividualConversation c where c.trajectoryId in :trajectoryIds"
            + " and c.nextPlannedOn >= :from and c.nextPlannedOn < :until and not exists ("
            + " select later from IndividualConversation later where later.trajectoryId = c.trajectoryId"
            + " and (later.heldOn > c.heldOn or later.heldOn = c.heldOn and later.id > c.id))")
    List<IndividualConversation> findNextPlannedBetween(Collection<Long> trajectoryIds, LocalDate from,
                                                        LocalDate until);
}
