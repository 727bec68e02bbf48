package be.actraject.web.number;

import org.springframework.format.Formatter;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

/**
 * Binds a {@code BigDecimal} form field in the user's language ({@link TypedNumbers}). It prints a value with the
 * decimals it has and without grouping, as an input shows it: a stored amount (scale 2) as {@code 12,50}, and a
 * value typed and refused by a check as it was typed — {@code 1000} stays {@code 1000}, {@code -1} stays {@code -1},
 * {@code 12,50} keeps its zero. Only grouping typed is not shown back: {@code 1.234,56} comes back as
 * {@code 1234,56}, the same number in the same notation. (Keeping the very text would mean a {@code BigDecimal}
 * subclass in the forms, which the JDBC drivers refuse once it reaches an entity.)
 */
final class TypedNumberFormatter implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        return TypedNumbers.parse(text, locale);
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return TypedNumbers.typedForm(value, locale);
    }
}
