package be.actraject.web.candidate;

import be.actraject.domain.trajectory.EntryDateCorrections;
import be.actraject.web.system.Dates;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A corrected date of entry outside the form's outer window ({@code @InDateWindow(CORRECTED_ENTRY)}) is refused
 * with the exact window's message instead: the input's {@code min} and {@code max} show the exact window (the
 * domain's, from the candidate's registration), so the message must name the same days (issue 16: the message said
 * "three years" while the picker offered a few months).
 */
final class EntryDateRefusal {

    private static final String FIELD = "dateOfEntry";

    private EntryDateRefusal() {
    }

    /** The same errors, with the outer window's refusal of the date replaced by the exact window's. */
    static BindingResult inExactWindow(BindingResult result, EntryDateCorrections.Window window, Dates dates) {
        FieldError outer = result.getFieldError(FIELD);
        if (window == null || outer == null || !"InDateWindow".equals(outer.getCode())) {
            return result;
        }
        BeanPropertyBindingResult exact = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
        result.getAllErrors().stream().filter(e -> e != outer).forEach(exact::addError);
        exact.rejectValue(FIELD, "correction.dateOfEntry.window",
                new Object[]{dates.date(window.earliest()), dates.date(window.latest())}, null);
        return exact;
    }
}
