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

import java.util.ArrayList;
import java.util.List;

/**
 * A number that does not parse gets a message that names its kind, with an example the field accepts ("Geef een
 * bedrag, bv. 12,50."): the code {@code number.KIND.typeMismatch} is tried after the field's own codes and before
 * the type's ({@code typeMismatch.java.math.BigDecimal}). The field keeps the text as typed.
 */
final class KindBindingErrors extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
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

    private static OfKind kindOf(BindingResult bindingResult, String field) {
        Object target = bindingResult.getTarget();
        if (target == null || field == null) {
            return null;
        }
        try {
            BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(target);
            TypeDescriptor type = wrapper.getPropertyTypeDescriptor(field);
            return type == null ? null : type.getAnnotation(OfKind.class);
        } catch (RuntimeException e) {
            return null; // a path the wrapper cannot follow: the generic message does
        }
    }
}
