package be.actraject.domain.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ReferenceProfileRepository extends JpaRepository<ReferenceProfile, Long> {

    Optional<ReferenceProfile> findFirstByOrderByIdDesc();

    List<ReferenceProfile> findAllByOrderByIdDesc();
}
