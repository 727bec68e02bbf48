package be.actraject.domain.invoice;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 3) BigDecimal quantity,
        @NotNull Unit unit,
        @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal unitPrice,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        @NotBlank String vatCode) {
}
