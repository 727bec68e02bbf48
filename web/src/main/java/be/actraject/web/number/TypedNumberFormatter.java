package be.actraject.web.number;

import org.springframework.format.Formatter;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

/**
 * Binds a {@code BigDecimal} form field in the user's language ({@link TypedNumbers}). It prints a value with the
 * decimals it has: a stored amount (scale 2) as {@code 12,50}, and a value typed and refused by a check as it was
 * typed — {@code -1} stays {@code -1}, not {@code -1,00}.
 */
final class TypedNumberFormatter implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        return TypedNumbers.parse(text, locale);
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return TypedNumbers.print(value, null, locale);
    }
}
