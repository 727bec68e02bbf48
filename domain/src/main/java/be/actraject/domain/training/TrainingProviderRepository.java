package be.actraject.domain.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TrainingProviderRepository extends JpaRepository<TrainingProvider, Long> {

    List<TrainingProvider> findAllByOrderByNameAsc();
}
