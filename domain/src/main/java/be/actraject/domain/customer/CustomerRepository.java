package be.actraject.domain.customer;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    List<Customer> findByTrajectoryIdOrderByNameAscIdAsc(Long trajectoryId);
}
