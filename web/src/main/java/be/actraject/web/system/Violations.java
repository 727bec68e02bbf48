package be.actraject.web.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a domain service's validation refusal onto the form that was submitted, beside the field it concerns, so
 * that the person sees a message and keeps what they typed. The forms repeat the domain's rules, so this is the
 * rare case of a rule the form did not know.
 */
public final class Violations {

    private Violations() {
    }

    public static void rejectInto(ConstraintViolationException e, BindingResult result) {
        BeanWrapperImpl form = new BeanWrapperImpl(result.getTarget());
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = leaf(violation.getPropertyPath());
            String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            if (field != null && form.isReadableProperty(field)) {
                result.rejectValue(field, code, violation.getMessage());
            } else {
                result.reject(code, violation.getMessage());
            }
        }
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
