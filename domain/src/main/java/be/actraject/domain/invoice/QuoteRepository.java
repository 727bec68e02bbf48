package be.actraject.domain.invoice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

    List<Quote> findByTrajectoryIdOrderByIdDesc(Long trajectoryId);
}
