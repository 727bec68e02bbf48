package be.actraject.web.number;

import be.actraject.domain.number.NumberKind;
import org.springframework.format.Formatter;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

/** Binds a {@code BigDecimal} form field in the user's language ({@link TypedNumbers}); the kind sets how it prints. */
final class KindFormatter implements Formatter<BigDecimal> {

    private final NumberKind kind;

    /** @param kind the field's kind, or {@code null} for a number of no declared kind */
    KindFormatter(NumberKind kind) {
        this.kind = kind;
    }

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        return TypedNumbers.parse(text, locale);
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return TypedNumbers.print(value, kind, locale);
    }
}
