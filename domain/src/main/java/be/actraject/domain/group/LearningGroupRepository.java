package be.actraject.domain.group;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearningGroupRepository extends JpaRepository<LearningGroup, Long> {

    boolean existsByNameIgnoreCase(String name);
}
