package be.actraject.domain.agenda;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

interface PlannedConversationRepository extends JpaRepository<PlannedConversation, Long> {

    List<PlannedConversation> findByTrajectoryIdAndStartsAtGreaterThanEqualOrderByStartsAt(Long trajectoryId,
                                                                                            Instant from);
}
