package be.actraject.domain.conversation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface IndividualConversationRepository extends JpaRepository<IndividualConversation, Long> {

    List<IndividualConversation> findByTrajectoryIdOrderByHeldOnDescIdDesc(Long trajectoryId);
}
