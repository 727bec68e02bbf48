package be.actraject.web.number;

import be.actraject.domain.number.NumberKind;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Optional;

/**
 * Numbers in the language of the current request, for templates ({@code ${@numbers.money(x)}}: an input's value
 * that is not a form field) and for controllers that take a number as a plain request parameter.
 */
@Component("numbers")
public class Numbers {

    /** An amount as an input shows it, to the cent: {@code 1234,50} in Dutch, {@code 1234.50} in English. */
    public String money(BigDecimal amount) {
        return amount == null ? ""
                : TypedNumbers.typedForm(NumberKind.MONEY.rounded(amount), LocaleContextHolder.getLocale());
    }

    /** An amount as a page shows it, in the reader's notation, to the cent: {@code 1.234,56} in Dutch. */
    public String amount(BigDecimal value) {
        return shown(value, NumberKind.MONEY);
    }

    /**
     * An amount of money as a page shows it on its own (a table's cell, a total): with the euro sign where the
     * reader's language puts it, to the cent: {@code € 3.150,00} in Dutch, {@code €3,150.00} in English. Texts
     * that write the sign themselves ({@code "€ {0}"}) take {@link #amount(BigDecimal)}.
     */
    public String euro(BigDecimal value) {
        return TypedNumbers.euro(value, LocaleContextHolder.getLocale());
    }

    /**
     * An amount in a currency given by its ISO code, as {@link #euro(BigDecimal)} writes euro: {@code US$ 10,00} and
     * {@code € -99,00} in Dutch. A minus belongs to the amount, so a debit is passed negated, never prefixed.
     */
    public String currency(BigDecimal value, String code) {
        return TypedNumbers.currency(value, code, LocaleContextHolder.getLocale());
    }

    /** A quantity as a page shows it: {@code 0,333} in Dutch, {@code 0.333} in English, no trailing zeros. */
    public String quantity(BigDecimal value) {
        return shown(value, NumberKind.QUANTITY);
    }

    /** A percentage without its sign: {@code 12,5} in Dutch. */
    public String percent(BigDecimal value) {
        return shown(value, NumberKind.PERCENT);
    }

    /** Hours: {@code 37,5} in Dutch. */
    public String hours(BigDecimal value) {
        return shown(value, NumberKind.HOURS);
    }

    /**
     * A number kept as plain text ({@code 1234.56}, a parameter's value) as a page shows it, as money; text that is
     * no plain number is shown as it is.
     */
    public String amount(String plain) {
        try {
            return plain == null ? "" : amount(new BigDecimal(plain.strip()));
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    private static String shown(BigDecimal value, NumberKind kind) {
        return TypedNumbers.print(value, kind, LocaleContextHolder.getLocale());
    }

    /** The number typed in the current request's language, written plainly ({@code 1234.5}); empty if none. */
    public Optional<String> plain(String text) {
        try {
            return Optional.ofNullable(TypedNumbers.parse(text, LocaleContextHolder.getLocale()))
                    .map(BigDecimal::toPlainString);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The number typed in the current request's language, if it is one and of the kind; empty for text that is not
     * a number of the kind. Blank is {@code Optional.empty()} too: callers that need a value say so.
     */
    public Optional<BigDecimal> typed(String text, NumberKind kind) {
        try {
            BigDecimal value = TypedNumbers.parse(text, LocaleContextHolder.getLocale());
            return value != null && kind.accepts(value) ? Optional.of(value) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
