package be.actraject.domain.sector;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ExpertRepository extends JpaRepository<Expert, Long> {

    Optional<Expert> findByEmail(String email);

    /** By the folded name ({@link Expert#searchKey} starts with it), so that Çağrı sorts with the C's, not after Z. */
    List<Expert> findAllByOrderBySearchKeyAscIdAsc();

    /** @param pattern a LIKE pattern of folded words ({@link Expert#searchKey}), without wildcards of its own */
    @Query("select e from Expert e where e.searchKey like ?1 order by e.searchKey, e.id")
    List<Expert> search(String pattern);
}
