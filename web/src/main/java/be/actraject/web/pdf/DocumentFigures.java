package be.actraject.web.pdf;

import be.actraject.domain.number.NumberKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a printed document writes its numbers: in the document's language (nl-BE {@code 1.234,5}, English
 * {@code 1,234.5}, fr-BE {@code 1 234,5}), amounts always to the cent, the other figures as entered, without trailing zeros. Every PDF
 * template reaches it as {@code figures}.
 * <p>
 * The precisions are the domain's, one definition per kind ({@link NumberKind}): a quantity of 0.333 prints
 * {@code 0,333}, 7.50 prints {@code 7,5}.
 */
public final class DocumentFigures {

    static final int MONEY_DECIMALS = NumberKind.MONEY.decimals();
    static final int QUANTITY_DECIMALS = NumberKind.QUANTITY.decimals();
    static final int HOURS_DECIMALS = NumberKind.HOURS.decimals();
    static final int PERCENT_DECIMALS = NumberKind.PERCENT.decimals();

    private final DecimalFormatSymbols symbols;

    public DocumentFigures(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        // French groups with a narrow no-break space (U+202F), which not every embedded font draws: a no-break space
        // reads the same (1 234,50) and never splits a figure over two lines.
        if (Character.isSpaceChar(symbols.getGroupingSeparator())) {
            symbols.setGroupingSeparator('\u00A0');
        }
        this.symbols = symbols;
    }

    /** An amount in euro, always with its cents: {@code 1.234,50}; empty for none. */
    public String amount(BigDecimal amount) {
        return format(amount, MONEY_DECIMALS, MONEY_DECIMALS);
    }

    /** A quantity as entered, up to three decimals: {@code 0,333}, {@code 7,5}, {@code 250}; empty for none. */
    public String quantity(BigDecimal quantity) {
        return format(quantity, 0, QUANTITY_DECIMALS);
    }

    /** Hours worked, up to two decimals: {@code 12,5}, {@code 1.000}; empty for none. */
    public String hours(BigDecimal hours) {
        return format(hours, 0, HOURS_DECIMALS);
    }

    /** A percentage without its sign, up to two decimals: {@code 21}, {@code 12,5}; empty for none. */
    public String percent(BigDecimal percent) {
        return format(percent, 0, PERCENT_DECIMALS);
    }

    private String format(BigDecimal value, int minDecimals, int maxDecimals) {
        if (value == null) {
            return "";
        }
        // A format per call: DecimalFormat is not thread-safe, and one document is a few dozen figures.
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
