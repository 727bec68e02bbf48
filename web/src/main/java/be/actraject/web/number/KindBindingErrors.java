package be.actraject.web.number;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

import be.actraject.domain.number.OfKind;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A number that does not parse gets a message that names its kind, with an example the field accepts ("Geef een
 * bedrag, bv. 12,50."): the code {@code number.KIND.typeMismatch} is tried after the field's own codes and before
 * the type's ({@code typeMismatch.java.math.BigDecimal}). The field keeps the text as typed.
 */
final class KindBindingErrors extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
        if (ex instanceof TypeMismatchException && pastItsBound(ex, bindingResult)) {
            return;
        }
        OfKind kind = ex instanceof TypeMismatchException ? kindOf(bindingResult, ex.getPropertyName()) : null;
        if (kind == null) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
        }
        String field = ex.getPropertyName();
        Locale locale = LocaleContextHolder.getLocale();
        if (kind.value().decimals() >= 3 && ex.getValue() instanceof String typed
                && TypedNumbers.ambiguous(typed, locale)) {
            // Both readings, in the user's notation, so that either can be typed back unambiguously.
            String digits = typed.replaceAll("[^0-9.]", "");
            String grouped = TypedNumbers.typedForm(new BigDecimal(digits.replace(".", "")), locale);
            String decimal = TypedNumbers.typedForm(new BigDecimal(digits), locale);
            bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, typed, true,
                    new String[] {"number.ambiguous"}, new Object[] {typed, grouped, decimal}, ex.getMessage()));
            return;
        }
        List<String> codes = new ArrayList<>(List.of(bindingResult.resolveMessageCodes(ex.getErrorCode(), field)));
        int typeCodes = (int) codes.stream().filter(c -> c.startsWith(ex.getErrorCode() + ".java.")).count();
        codes.add(codes.size() - 1 - typeCodes, "number." + kind.value() + "." + ex.getErrorCode());
        Object rejected = ex.getValue();
        if (ObjectUtils.isArray(rejected)) {
            rejected = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(rejected));
        }
        FieldError error = new FieldError(bindingResult.getObjectName(), field, rejected, true,
                codes.toArray(String[]::new), getArgumentsForBindError(bindingResult.getObjectName(), field),
                ex.getLocalizedMessage());
        error.wrap(ex);
        bindingResult.addError(error);
    }

    /**
     * A whole number too large (or too small) for its type, {@code 99999999999} minutes, is told the bound of its
     * field ({@code @Max}, {@code @Min}) with that constraint's message, as a number within the type but past the
     * bound is, and keeps the text as typed; false for anything else, or a field without the bound.
     */
    private boolean pastItsBound(PropertyAccessException ex, BindingResult bindingResult) {
        String field = ex.getPropertyName();
        if (!(ex.getValue() instanceof String typed) || !TypedWholeNumberEditor.isWhole(typed)) {
            return false;
        }
        boolean negative = TypedWholeNumberEditor.digitsOf(typed).startsWith("-");
        TypeDescriptor type = typeOf(bindingResult, field);
        if (type == null || !Number.class.isAssignableFrom(type.getObjectType())) {
            return false;
        }
        Long bound = negative ? Optional.ofNullable(type.getAnnotation(Min.class)).map(Min::value).orElse(null)
                : Optional.ofNullable(type.getAnnotation(Max.class)).map(Max::value).orElse(null);
        if (bound == null) {
            return false;
        }
        String code = negative ? "Min" : "Max";
        Object[] arguments = {getArgumentsForBindError(bindingResult.getObjectName(), field)[0], bound};
        FieldError error = new FieldError(bindingResult.getObjectName(), field, typed, true,
                bindingResult.resolveMessageCodes(code, field), arguments, ex.getLocalizedMessage());
        error.wrap(ex);
        bindingResult.addError(error);
        return true;
    }

    private static OfKind kindOf(BindingResult bindingResult, String field) {
        TypeDescriptor type = typeOf(bindingResult, field);
        return type == null ? null : type.getAnnotation(OfKind.class);
    }

    private static TypeDescriptor typeOf(BindingResult bindingResult, String field) {
        Object target = bindingResult.getTarget();
        if (target == null || field == null) {
            return null;
        }
        try {
            BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(target);
            return wrapper.getPropertyTypeDescriptor(field);
        } catch (RuntimeException e) {
            return null; // a path the wrapper cannot follow: the generic message does
        }
    }
}
