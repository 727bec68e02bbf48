package be.actraject.domain.training;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface TrainingModuleRepository extends JpaRepository<TrainingModule, Long> {

    /**
     * The module, its row locked until the transaction ends (SELECT … FOR UPDATE on H2 and PostgreSQL): whoever
     * counts its seats and then takes one holds it, so two requests for the last seat are served one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from TrainingModule m where m.id = :id")
    Optional<TrainingModule> findLockedById(Long id);
}
