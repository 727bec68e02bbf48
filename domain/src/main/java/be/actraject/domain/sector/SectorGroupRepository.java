package be.actraject.domain.sector;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SectorGroupRepository extends JpaRepository<SectorGroup, Long> {

    List<SectorGroup> findAllByOrderByName();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
