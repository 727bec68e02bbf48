package be.actraject.domain.einvoice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The VAT rates come from the database, each zero rate with the mention the invoice must show; H2 and PostgreSQL. */
@SpringBootTest
abstract class VatRatesContract {

    @Autowired
    VatRates rates;

    @Test
    void theBelgianRatesAreOfferedAndEveryZeroRateCarriesItsMention() {
        assertThat(rates.offered()).extracting(TaxRate::code)
                .startsWith("21", "12", "6", "0-art44").contains("0-medecontractant", "0-icl");
        assertThat(rates.of("6").percent()).isEqualByComparingTo(new BigDecimal("6"));
        assertThat(rates.offered()).filteredOn(r -> r.percent().signum() == 0)
                .allSatisfy(r -> assertThat(r.exemptionReason()).isNotBlank());
    }

    @Test
    void anUnknownRateIsRefused() {
        assertThatThrownBy(() -> rates.of("19"))
                .isInstanceOfSatisfying(InvalidInvoiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInvoiceException.Reason.RATE));
        assertThatThrownBy(() -> rates.of(null)).isInstanceOf(InvalidInvoiceException.class);
    }
}
