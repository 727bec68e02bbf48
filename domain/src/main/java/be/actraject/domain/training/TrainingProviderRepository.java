package be.actraject.domain.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface TrainingProviderRepository extends JpaRepository<TrainingProvider, Long> {

    /** @param enterpriseNumber the ten digits, as the entity keeps them */
    Optional<TrainingProvider> findByEnterpriseNumber(String enterpriseNumber);
}
