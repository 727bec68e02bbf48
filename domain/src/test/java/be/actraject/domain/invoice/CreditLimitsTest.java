package be.actraject.domain.invoice;

import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatCase;
import be.actraject.domain.einvoice.VatCategory;
import be.actraject.domain.invoice.CreditNoteRefusedException.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A credit note undoes what its invoice charged: at the invoice's rates, never more at a rate than is left. */
class CreditLimitsTest {

    static final TaxRate VAT_6 = TaxRate.standard("6");
    static final TaxRate VAT_12 = TaxRate.standard("12");
    static final TaxRate VAT_21 = TaxRate.standard("21");
    static final TaxRate ART_44 = new TaxRate("0-art44", VatCategory.EXEMPT, BigDecimal.ZERO,
            "Vrijgesteld van btw, art. 44 W.btw", null, VatCase.EXEMPT);

    private static InvoiceLine line(String price, TaxRate rate) {
        return InvoiceLine.of(new DraftLine("Werk", BigDecimal.ONE, Unit.PIECE, new BigDecimal(price), null,
                rate.code()), rate);
    }

    private static Reason refusal(List<InvoiceLine> invoiced, List<InvoiceLine> before, List<InvoiceLine> note) {
        try {
            CreditLimits.requireWithinRates(invoiced, before, note);
            return null;
        } catch (CreditNoteRefusedException e) {
            return e.reason();
        }
    }

    /** The tester's two credit notes (issue 13). */
    @Test
    void aCreditNoteCannotChangeTheRateOfWhatItCredits() {
        assertThat(refusal(List.of(line("100.00", VAT_6)), List.of(), List.of(line("100.00", ART_44))))
                .isEqualTo(Reason.RATE_NOT_ON_INVOICE);
        assertThat(refusal(List.of(line("100.00", VAT_12)), List.of(), List.of(line("50.00", VAT_21))))
                .isEqualTo(Reason.RATE_NOT_ON_INVOICE);
        assertThat(refusal(List.of(line("100.00", VAT_6)), List.of(), List.of(line("100.00", VAT_6)))).isNull();
    }

    @Test
    void theRefusalNamesTheLineAndWhatIsLeftAtItsRate() {
        List<InvoiceLine> invoiced = List.of(line("100.00", VAT_21), line("40.00", VAT_6));
        List<InvoiceLine> earlier = List.of(line("30.00", VAT_6));

        assertThatThrownBy(() -> CreditLimits.requireWithinRates(invoiced, earlier,
                List.of(line("10.00", VAT_21), line("6.00", VAT_6), line("5.00", VAT_6))))
                .isInstanceOfSatisfying(CreditNoteRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MUCH_AT_RATE);
                    assertThat(e.line()).as("the line at which 6 % passes what is left").isEqualTo(2);
                    assertThat(e.creditable()).isEqualByComparingTo("10.00");
                });
        assertThatThrownBy(() -> CreditLimits.requireWithinRates(invoiced, earlier,
                List.of(line("10.00", VAT_21), line("5.00", VAT_12))))
                .isInstanceOfSatisfying(CreditNoteRefusedException.class, e -> assertThat(e.line()).isEqualTo(1));
        assertThat(refusal(invoiced, earlier, List.of(line("100.00", VAT_21), line("10.00", VAT_6)))).isNull();
    }

    /** A credit note that keeps within each rate may still not pass the whole that is left: the total check stays. */
    @Test
    void theTotalIsCheckedBeforeTheRates() {
        Invoice invoice = new Invoice(1L, InvoiceKind.INVOICE, new InvoiceDraft("Klant", "Werk", 1L, null,
                List.of(new DraftLine("Werk", BigDecimal.ONE, Unit.PIECE, new BigDecimal("100.00"), null, "21"))),
                List.of(line("100.00", VAT_21)), "coach", java.time.Instant.EPOCH);
        Invoice earlier = new Invoice(1L, InvoiceKind.CREDIT_NOTE, new InvoiceDraft("Klant", "Terug", 1L, null,
                List.of(new DraftLine("Werk", BigDecimal.ONE, Unit.PIECE, new BigDecimal("60.00"), null, "21"))),
                List.of(line("60.00", VAT_21)), "coach", java.time.Instant.EPOCH);

        assertThatThrownBy(() -> CreditLimits.requireCreditable(invoice, List.of(earlier),
                List.of(line("50.00", VAT_21)))).isInstanceOfSatisfying(CreditNoteRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MUCH);
                    assertThat(e.creditable()).isEqualByComparingTo("48.40");
                });
        assertThatCode(() -> CreditLimits.requireCreditable(invoice, List.of(earlier), List.of(line("40.00", VAT_21))))
                .doesNotThrowAnyException();
    }
}
