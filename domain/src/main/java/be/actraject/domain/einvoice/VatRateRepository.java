package be.actraject.domain.einvoice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface VatRateRepository extends JpaRepository<VatRateRow, String> {

    List<VatRateRow> findAllByOrderByPositionAsc();
}
