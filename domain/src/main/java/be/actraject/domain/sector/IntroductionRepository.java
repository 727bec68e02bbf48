package be.actraject.domain.sector;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface IntroductionRepository extends JpaRepository<Introduction, Long> {

    @Query("select i from Introduction i join fetch i.expert where i.trajectoryId = ?1"
            + " order by i.introducedOn desc, i.id desc")
    List<Introduction> findWithExpertByTrajectoryId(Long trajectoryId);
}
