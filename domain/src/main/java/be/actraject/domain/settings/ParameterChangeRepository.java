package be.actraject.domain.settings;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ParameterChangeRepository extends JpaRepository<ParameterChange, Long> {

    /** Every change, the oldest first: applied in this order, the latest of each name wins. */
    List<ParameterChange> findAllByOrderByIdAsc();

    List<ParameterChange> findTop50ByOrderByIdDesc();
}
