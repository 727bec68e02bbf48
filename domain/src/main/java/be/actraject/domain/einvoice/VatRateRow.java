package be.actraject.domain.einvoice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A VAT rate as stored: the table behind {@link VatRates}. */
@Entity
@Table(name = "vat_rate")
class VatRateRow {

    @Id
    private String code;
    @Enumerated(EnumType.STRING)
    private VatCategory category;
    private BigDecimal percent;
    private String exemptionReason;
    private String exemptionCode;
    @Enumerated(EnumType.STRING)
    private VatCase vatCase;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private int position;

    protected VatRateRow() {
    }

    TaxRate toRate() {
        return new TaxRate(code, category, percent, exemptionReason, exemptionCode, vatCase);
    }

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    String getCode() {
        return code;
    }

    int getPosition() {
        return position;
    }
}
