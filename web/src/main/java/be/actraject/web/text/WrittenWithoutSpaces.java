package be.actraject.web.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form's text field whose value has no spaces although people type it in groups ({@code 1234 5678} for a VDAB
 * client number): the binding drops every space before the checks see it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface WrittenWithoutSpaces {
}
