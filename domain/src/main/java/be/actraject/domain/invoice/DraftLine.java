package be.actraject.domain.invoice;

import be.actraject.domain.number.NumberKind;
import be.actraject.domain.number.OfKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * One line as drafted, of an invoice, a credit note or a quote.
 *
 * @param discountPercent null or 0 when none
 * @param vatCode         the code of one of the VAT rates offered ({@link be.actraject.domain.einvoice.VatRates})
 */
public record DraftLine(
        @NotBlank @Size(max = 500) String description,
        @NotNull @DecimalMin(value = "0", inclusive = false) @OfKind(NumberKind.QUANTITY) BigDecimal quantity,
        @NotNull Unit unit,
        @NotNull @OfKind(NumberKind.MONEY) BigDecimal unitPrice,
        @OfKind(NumberKind.PERCENT) BigDecimal discountPercent,
        @NotBlank String vatCode) {
}
