package be.actraject.web.invoice;

import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.invoice.CreditNoteRefusedException;
import be.actraject.domain.invoice.DraftLine;
import jakarta.validation.Valid;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lines of an invoice, credit note or quote as typed. Without JavaScript: the form shows the lines plus a few
 * empty ones, "add lines" sends it back with more, and empty lines are dropped.
 */
@PlausibleLines
public abstract class LinesForm {

    public static final int SPARE_LINES = 2;
    static final int MAX_LINES = 50;

    @Valid
    private List<LineForm> lines = new ArrayList<>();
    /** Ticked to save quantities or unit prices above the plausibility ceilings ({@link PlausibleLines}). */
    private boolean implausibleConfirmed;

    /** Makes room for {@code spare} more lines to type. */
    public void addSpareLines(int spare) {
        for (int i = 0; i < spare && lines.size() < MAX_LINES; i++) {
            lines.add(new LineForm());
        }
    }

    /**
     * Every line that is not empty needs a description, a quantity, a price and a rate offered today; at least one
     * line. Errors are placed beside the field.
     */
    public void validateLines(Errors errors, List<TaxRate> offered) {
        Set<String> codes = offered.stream().map(TaxRate::code).collect(Collectors.toSet());
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            LineForm line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            any = true;
            String at = "lines[" + i + "].";
            if (line.getDescription() == null || line.getDescription().isBlank()) {
                errors.rejectValue(at + "description", "NotBlank");
            }
            if (line.getQuantity() == null && !errors.hasFieldErrors(at + "quantity")) {
                errors.rejectValue(at + "quantity", "NotNull");
            } else if (line.getQuantity() != null && line.getQuantity().signum() == 0
                    && !errors.hasFieldErrors(at + "quantity")) {
                errors.rejectValue(at + "quantity", "line.quantity.zero");
            }
            if (line.getUnitPrice() == null && !errors.hasFieldErrors(at + "unitPrice")) {
                errors.rejectValue(at + "unitPrice", "NotNull");
            }
            if (line.getUnit() == null) {
                errors.rejectValue(at + "unit", "NotNull");
            }
            if (!codes.contains(line.getVatCode())) {
                errors.rejectValue(at + "vatCode", "invoice.line.rate.unknown");
            }
        }
        if (!any) {
            errors.reject("invoice.lines.none");
        }
        if (lines.stream().filter(l -> !l.isBlank()).count() > MAX_LINES) {
            errors.reject("invoice.lines.tooMany", new Object[]{MAX_LINES}, null);
        }
    }

    /**
     * Places a credit note's refusal beside the line it names — a rate the invoice did not charge beside the rate, too
     * much at a rate beside the price — or above the form when it is of the whole note.
     */
    public void reject(CreditNoteRefusedException refused, Errors errors) {
        String code = refused.messageKey();
        Object[] args = refused.messageArguments();
        if (refused.line() < 0) {
            errors.reject(code, args, null);
            return;
        }
        String field = refused.reason() == CreditNoteRefusedException.Reason.RATE_NOT_ON_INVOICE ? "vatCode"
                : "unitPrice";
        errors.rejectValue("lines[" + formIndex(refused.line()) + "]." + field, code, args, null);
    }

    /** Where the {@code drafted}-th line of {@link #draftLines()} is on the form, which also has blank lines. */
    private int formIndex(int drafted) {
        int seen = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && ++seen == drafted) {
                return i;
            }
        }
        throw new IndexOutOfBoundsException(drafted);
    }

    public List<DraftLine> draftLines() {
        return lines.stream().filter(l -> !l.isBlank()).map(LineForm::toDraft).toList();
    }

    public void setDraftLines(List<DraftLine> drafted) {
        lines = new ArrayList<>(drafted.stream().map(LineForm::of).toList());
    }

    public List<LineForm> getLines() {
        return lines;
    }

    public void setLines(List<LineForm> lines) {
        this.lines = lines;
    }

    public boolean isImplausibleConfirmed() {
        return implausibleConfirmed;
    }

    public void setImplausibleConfirmed(boolean implausibleConfirmed) {
        this.implausibleConfirmed = implausibleConfirmed;
    }
}
