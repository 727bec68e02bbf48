package be.actraject.web.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form's date whose window is the record's own, not a {@link DateWindow} from today: an aftercare day lies from the
 * exit up to today, an introduction or an individual conversation from the date of entry up to today. The bounds
 * are the record's, checked by the domain, whose refusal names both days (one message for a day before the start,
 * in the future or centuries off); the page's picker offers them as its {@code min} and {@code max} (the {@code dateFieldBetween}
 * fragment). So such a field carries no {@link InDateWindow}: a second, generic window would name other days than
 * the picker and the domain (issue 17).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordWindow {

    /** What bounds the window, for the reader: {@code "exit..today"}, {@code "entry..today"}. */
    String value();
}
