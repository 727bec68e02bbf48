package be.actraject.domain.invoice;

import be.actraject.domain.einvoice.SupplyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A quote as drafted: for one of the candidate's recorded customers, what it is about, until when it holds, its lines.
 *
 * @param supplyKind goods or services, which decides which VAT cases fit the customer (W.btw art. 14, 21); services
 *                   when not said
 */
public record QuoteDraft(
        @NotNull Long customerId,
        @NotBlank @Size(max = 500) String subject,
        @NotNull LocalDate validUntil,
        @NotEmpty @Size(max = 50) List<@Valid DraftLine> lines,
        SupplyKind supplyKind) {

    public QuoteDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
        supplyKind = supplyKind == null ? SupplyKind.SERVICES : supplyKind;
    }

    /** A quote for services, what most candidates sell. */
    public QuoteDraft(Long customerId, String subject, LocalDate validUntil, List<DraftLine> lines) {
        this(customerId, subject, validUntil, lines, SupplyKind.SERVICES);
    }
}
