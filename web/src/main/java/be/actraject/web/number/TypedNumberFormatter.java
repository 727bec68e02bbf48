package be.actraject.web.number;

import org.springframework.format.Formatter;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

/**
 * Binds a {@code BigDecimal} form field in the user's language ({@link TypedNumbers}). It prints a value with the
 * decimals it has (a stored amount, scale 2, as {@code 12,50}), and a value typed and refused by a check exactly as
 * it was typed ({@link TypedDecimal}): {@code 1000} stays {@code 1000}, {@code -1} stays {@code -1}.
 */
final class TypedNumberFormatter implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        BigDecimal value = TypedNumbers.parse(text, locale);
        return value == null ? null : new TypedDecimal(value, text, locale);
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        String typed = value instanceof TypedDecimal t ? t.typedIn(locale) : null;
        return typed != null ? typed : TypedNumbers.print(value, null, locale);
    }
}
