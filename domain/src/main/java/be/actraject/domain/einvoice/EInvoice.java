package be.actraject.domain.einvoice;

import be.actraject.domain.belgium.Iban;
import be.actraject.domain.belgium.StructuredCommunication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An issued invoice or credit note, all it says.
 *
 * @param buyerReference   the customer's reference (BT-10), which Peppol requires; the invoice number when they gave
 *                         none
 * @param precedingNumber  for a credit note: the invoice it corrects
 * @param precedingIssued  for a credit note: that invoice's date
 * @param supply           when, where and what was supplied; {@link Supply#NONE} when the invoice says nothing
 */
public record EInvoice(Kind kind, String number, LocalDate issueDate, LocalDate dueDate, String buyerReference,
                       Party seller, Party buyer, List<Line> lines, Iban iban, String bic,
                       StructuredCommunication communication, String note, String precedingNumber,
                       LocalDate precedingIssued, Supply supply) {

    public enum Kind {
        INVOICE("380"),
        CREDIT_NOTE("381");

        private final String typeCode;

        Kind(String typeCode) {
            this.typeCode = typeCode;
        }

        /** UNCL 1001. */
        public String typeCode() {
            return typeCode;
        }
    }

    public EInvoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.NO_LINES, number);
        }
        if (seller.enterpriseNumber() != null && seller.enterpriseNumber().equals(buyer.enterpriseNumber())) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.SELF_BILLING, number);
        }
        if (kind == Kind.CREDIT_NOTE && (precedingNumber == null || precedingNumber.isBlank())) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.NO_PRECEDING_INVOICE, number);
        }
        buyerReference = buyerReference == null || buyerReference.isBlank() ? number : buyerReference;
        supply = supply == null ? Supply.NONE : supply;
    }

    /** An invoice or credit note that says nothing of its supply's date or place. */
    public EInvoice(Kind kind, String number, LocalDate issueDate, LocalDate dueDate, String buyerReference,
                    Party seller, Party buyer, List<Line> lines, Iban iban, String bic,
                    StructuredCommunication communication, String note, String precedingNumber,
                    LocalDate precedingIssued) {
        this(kind, number, issueDate, dueDate, buyerReference, seller, buyer, lines, iban, bic, communication, note,
                precedingNumber, precedingIssued, Supply.NONE);
    }

    public boolean isCreditNote() {
        return kind == Kind.CREDIT_NOTE;
    }

    public Totals totals() {
        return Totals.of(lines);
    }
}
