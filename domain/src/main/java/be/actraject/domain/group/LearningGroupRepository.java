package be.actraject.domain.group;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface LearningGroupRepository extends JpaRepository<LearningGroup, Long> {

    List<LearningGroup> findAllByOrderByName();

    boolean existsByNameIgnoreCase(String name);
}
