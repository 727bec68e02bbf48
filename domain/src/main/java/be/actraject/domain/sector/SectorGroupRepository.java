package be.actraject.domain.sector;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface SectorGroupRepository extends JpaRepository<SectorGroup, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    /**
     * Locks the group's row until the transaction ends (SELECT … FOR UPDATE): whoever checks its memberships and then
     * adds one holds it, so two requests to add the same candidate are served one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from SectorGroup g where g.id = :id")
    Optional<SectorGroup> findLockedById(Long id);
}
