package be.actraject.domain.candidate;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

    boolean existsByJobSeekerNumber(String jobSeekerNumber);
}
