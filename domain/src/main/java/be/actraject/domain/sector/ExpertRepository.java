package be.actraject.domain.sector;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ExpertRepository extends JpaRepository<Expert, Long> {

    Optional<Expert> findByEmail(String email);

    List<Expert> findAllByOrderByNameAscIdAsc();

    @Query("select e from Expert e where lower(e.name) like ?1 or lower(e.field) like ?1 order by e.name, e.id")
    List<Expert> search(String pattern);
}
