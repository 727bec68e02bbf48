package be.actraject.domain.invoice;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * What an invoice says, as drafted or corrected.
 *
 * @param customerId one of the trajectory's recorded customers, whose name is then the customer's name; null for a
 *                   customer known by name only (the invoice then has no e-invoice document)
 */
public record InvoiceDraft(
        @NotBlank @Size(max = 200) String customerName,
        @NotBlank @Size(max = 500) String description,
        @NotNull @DecimalMin("0.01") @DecimalMax("999999.99") @Digits(integer = 6, fraction = 2) BigDecimal amountExclVat,
        @NotNull VatRate vatRate,
        Long customerId) {

    /** A draft for a customer known by name only. */
    public InvoiceDraft(String customerName, String description, BigDecimal amountExclVat, VatRate vatRate) {
        this(customerName, description, amountExclVat, vatRate, null);
    }
}
