package be.actraject.domain.invoice;

import be.actraject.domain.einvoice.Supply;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an invoice says, as drafted or corrected.
 *
 * @param description     what the invoice is about, in a few words (the lines say the rest)
 * @param customerId      one of the trajectory's recorded customers, whose name is then the customer's name; null for
 *                        a customer known by name only (the invoice then has no e-invoice document)
 * @param buyerReference  the customer's own reference (order number, cost centre), printed and sent as BT-10
 * @param supply          when, where and what was supplied (delivery date or invoicing period, deliver-to country,
 *                        the kind of work of a domestic reverse charge); {@link Supply#NONE} when nothing is said
 */
public record InvoiceDraft(
        @NotBlank @Size(max = 200) String customerName,
        @NotBlank @Size(max = 500) String description,
        Long customerId,
        @Size(max = 100) String buyerReference,
        @NotEmpty @Size(max = 50) List<@Valid DraftLine> lines,
        Supply supply) {

    public InvoiceDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        supply = supply == null ? Supply.NONE : supply;
    }

    /** A draft that says nothing of its supply. */
    public InvoiceDraft(String customerName, String description, Long customerId, String buyerReference,
                        List<DraftLine> lines) {
        this(customerName, description, customerId, buyerReference, lines, Supply.NONE);
    }

    /** The same draft, saying this of its supply. */
    public InvoiceDraft withSupply(Supply said) {
        return new InvoiceDraft(customerName, description, customerId, buyerReference, lines, said);
    }

    /** A draft of one line, once at this amount, for a recorded customer. */
    public InvoiceDraft(String customerName, String description, BigDecimal amountExclVat, VatRate vatRate,
                        Long customerId) {
        this(customerName, description, customerId, null,
                List.of(new DraftLine(description, BigDecimal.ONE, Unit.PIECE, amountExclVat, null, vatRate.code())));
    }

    /** A draft of one line, once at this amount, for a customer known by name only. */
    public InvoiceDraft(String customerName, String description, BigDecimal amountExclVat, VatRate vatRate) {
        this(customerName, description, amountExclVat, vatRate, null);
    }
}
