package be.actraject.web.number;

import be.actraject.domain.number.OfKind;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

import java.math.BigDecimal;
import java.util.Set;

/** The formatter of a field annotated {@link OfKind}: parsed in the user's language, printed as its kind prints. */
final class OfKindFormatterFactory implements AnnotationFormatterFactory<OfKind> {

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(BigDecimal.class);
    }

    @Override
    public Printer<?> getPrinter(OfKind annotation, Class<?> fieldType) {
        return new KindFormatter(annotation.value());
    }

    @Override
    public Parser<?> getParser(OfKind annotation, Class<?> fieldType) {
        return new KindFormatter(annotation.value());
    }
}
