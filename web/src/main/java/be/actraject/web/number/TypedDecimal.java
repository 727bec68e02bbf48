package be.actraject.web.number;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A number as it was read from a form, remembering the text typed: when a check refuses it (negative, more than a
 * month's hours, implausible), the form shows that text again exactly ({@code 1000}, not {@code 1.000}). Everywhere
 * else it is the {@code BigDecimal} it equals; arithmetic gives plain {@code BigDecimal}s.
 */
final class TypedDecimal extends BigDecimal {

    private final transient String typed;
    private final transient Locale locale;

    TypedDecimal(BigDecimal value, String typed, Locale locale) {
        super(value.unscaledValue(), value.scale());
        this.typed = typed;
        this.locale = locale;
    }

    /** The text typed, if it was typed in this language. */
    String typedIn(Locale language) {
        return locale.equals(language) ? typed : null;
    }
}
