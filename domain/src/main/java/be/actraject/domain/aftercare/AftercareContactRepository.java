package be.actraject.domain.aftercare;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface AftercareContactRepository extends JpaRepository<AftercareContact, Long> {

    List<AftercareContact> findByTrajectoryIdOrderByContactedOnDesc(Long trajectoryId);

    List<AftercareContact> findByTrajectoryIdIn(Collection<Long> trajectoryIds);
}
