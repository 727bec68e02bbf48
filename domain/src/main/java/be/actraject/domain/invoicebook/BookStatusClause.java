package be.actraject.domain.invoicebook;

import be.actraject.domain.invoice.BookStatus;
import be.actraject.domain.invoice.InvoiceKind;
import be.actraject.domain.invoice.InvoiceStatus;

import java.time.LocalDate;
import java.util.Map;

/**
 * The rule of {@link BookStatus#of} as a JPQL condition on an invoice alias {@code i}, so that the book filters by
 * status in the database: what is paid and credited come from correlated sums over the payments and the issued
 * credit notes.
 */
final class BookStatusClause {

    private static final String TOTAL = "(i.amountExclVat + i.vatAmount)";
    private static final String PAID = "coalesce((select sum(p.amount) from Payment p where p.invoiceId = i.id), 0)";
    private static final String CREDITED = "coalesce((select sum(cn.amountExclVat + cn.vatAmount) from Invoice cn"
            + " where cn.creditedInvoiceId = i.id and cn.kind = :bsCreditNote and cn.status = :bsIssued), 0)";
    private static final String OPEN = "(" + TOTAL + " - " + PAID + " - " + CREDITED + ")";
    private static final String ISSUED_INVOICE = "i.status = :bsIssued and i.kind = :bsInvoice";
    private static final String NOT_CREDITED = CREDITED + " < " + TOTAL;
    private static final String DUE = "(i.dueOn is not null and i.dueOn < :bsToday)";

    private BookStatusClause() {
    }

    /** " and (…)" for one status, binding its parameters; "" for none. */
    static String of(BookStatus status, LocalDate today, Map<String, Object> parameters) {
        if (status == null) {
            return "";
        }
        String open = ISSUED_INVOICE + " and " + NOT_CREDITED + " and " + OPEN + " > 0";
        String condition = switch (status) {
            case AWAITING_APPROVAL -> submitted(InvoiceStatus.SUBMITTED, parameters);
            case SENT_BACK -> submitted(InvoiceStatus.SENT_BACK, parameters);
            case CREDITED -> ISSUED_INVOICE + " and " + CREDITED + " >= " + TOTAL;
            case PAID -> ISSUED_INVOICE + " and " + NOT_CREDITED + " and " + OPEN + " <= 0";
            case OVERDUE -> today(open + " and " + DUE, today, parameters);
            case PARTLY_PAID -> today(open + " and not " + DUE + " and " + PAID + " > 0", today, parameters);
            case ISSUED -> "(i.status = :bsIssued and i.kind = :bsCreditNote) or ("
                    + today(open + " and not " + DUE + " and " + PAID + " = 0", today, parameters) + ")";
        };
        // Only the parameters the condition names: JPA refuses a value for a parameter the query lacks.
        bindIfNamed(condition, "bsIssued", InvoiceStatus.ISSUED, parameters);
        bindIfNamed(condition, "bsInvoice", InvoiceKind.INVOICE, parameters);
        bindIfNamed(condition, "bsCreditNote", InvoiceKind.CREDIT_NOTE, parameters);
        return " and (" + condition + ")";
    }

    private static void bindIfNamed(String condition, String name, Object value, Map<String, Object> parameters) {
        if (condition.contains(":" + name)) {
            parameters.put(name, value);
        }
    }

    private static String submitted(InvoiceStatus status, Map<String, Object> parameters) {
        parameters.put("bsStatus", status);
        return "i.status = :bsStatus";
    }

    private static String today(String condition, LocalDate today, Map<String, Object> parameters) {
        parameters.put("bsToday", today);
        return condition;
    }
}
