package be.actraject.domain.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TrainingModuleRepository extends JpaRepository<TrainingModule, Long> {

    List<TrainingModule> findAllByOrderByTitleAsc();
}
