package be.actraject.web.number;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.math.BigDecimal;

/**
 * One binding of numbers for every form, not one per form: each {@code BigDecimal} field and request parameter is
 * read and shown back in the user's language ({@link TypedNumbers}); one annotated with
 * {@link be.actraject.domain.number.OfKind} that does not read as a number is refused with its kind's message. An
 * {@code Integer} is read as {@link TypedWholeNumberEditor} says; one too large for its type is told its field's bound.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class NumberBinding implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new TypedNumberFormatter());
    }

    @InitBinder
    void kindMessages(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new KindBindingErrors());
        // Also as an editor: otherwise what the formatter refuses falls back to new BigDecimal(text) (1e3, ١٢).
        binder.registerCustomEditor(BigDecimal.class, new TypedNumberEditor());
        binder.registerCustomEditor(Integer.class, new TypedWholeNumberEditor());
        // Spring MVC creates a form's binder before the form itself (constructor binding): its type says which.
        Class<?> form = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (form != null) {
            for (String path : ThreeDecimalFields.of(form)) {
                binder.registerCustomEditor(BigDecimal.class, path, new TypedNumberEditor(true));
            }
        }
    }
}
