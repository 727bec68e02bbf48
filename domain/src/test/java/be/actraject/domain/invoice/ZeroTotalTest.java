package be.actraject.domain.invoice;

import be.actraject.domain.einvoice.TaxRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An invoice or credit note for nothing takes no number (issue 13): the tester's three ways to total zero. */
class ZeroTotalTest {

    static final TaxRate VAT_21 = TaxRate.standard("21");

    private static InvoiceLine line(String quantity, String price, String discount) {
        return InvoiceLine.of(new DraftLine("Werk", new BigDecimal(quantity), Unit.PIECE, new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), "21"), VAT_21);
    }

    @Test
    void linesTotallingZeroAreRefused() {
        assertThatThrownBy(() -> ZeroTotalException.requireNotZero(List.of(line("1", "50.00", "100"))))
                .isInstanceOf(ZeroTotalException.class);
        assertThatThrownBy(() -> ZeroTotalException.requireNotZero(List.of(line("3", "0.00", null))))
                .isInstanceOf(ZeroTotalException.class);
        assertThatThrownBy(() -> ZeroTotalException.requireNotZero(List.of(line("0.001", "0.01", null))))
                .as("0,00001 rounds to 0,00").isInstanceOf(ZeroTotalException.class);
        assertThatThrownBy(() -> ZeroTotalException.requireNotZero(List.of(line("1", "0.00", null),
                line("2", "80.00", "100")))).as("every line at zero").isInstanceOf(ZeroTotalException.class);
    }

    @Test
    void aLineAtZeroBesideOthersIsFine() {
        assertThatCode(() -> ZeroTotalException.requireNotZero(List.of(line("1", "0.00", null),
                line("2", "45.00", null)))).doesNotThrowAnyException();
    }
}
