package be.actraject.domain.settings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ParameterChangeRepository extends JpaRepository<ParameterChange, Long> {

    /** Every change, the oldest first: applied in this order, the latest of each name wins. */
    List<ParameterChange> findAllByOrderByIdAsc();

    List<ParameterChange> findTop50ByOrderByIdDesc();

    List<ParameterChange> findByNameOrderByIdAsc(String name);

    List<ParameterChange> findByIdGreaterThanOrderByIdAsc(long id);

    /** Read from the primary key's index alone. */
    @Query("select coalesce(max(c.id), 0) from ParameterChange c")
    long latestId();
}
