package be.actraject.web.number;

import org.springframework.context.i18n.LocaleContextHolder;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.ParseException;

/**
 * The same reading as {@link TypedNumberFormatter}, as the binder's editor for {@code BigDecimal}. Without it, a
 * value the formatter refuses falls back to Spring's default {@code CustomNumberEditor}, i.e. {@code new
 * BigDecimal(text)}, which takes {@code 1e3} as 1000 and Arabic-Indic {@code ١٢} as 12 (Spring's
 * {@code TypeConverterDelegate} tries the default editors after a failed conversion).
 */
final class TypedNumberEditor extends PropertyEditorSupport {

    private final boolean refuseAmbiguous;

    /** For any number. */
    TypedNumberEditor() {
        this(false);
    }

    /**
     * @param refuseAmbiguous for a kind with three decimals: refuse what reads two ways ({@link TypedNumbers#ambiguous})
     */
    TypedNumberEditor(boolean refuseAmbiguous) {
        this.refuseAmbiguous = refuseAmbiguous;
    }

    @Override
    public void setAsText(String text) {
        if (refuseAmbiguous && TypedNumbers.ambiguous(text, LocaleContextHolder.getLocale())) {
            throw new IllegalArgumentException("Ambiguous: " + text);
        }
        try {
            setValue(TypedNumbers.parse(text, LocaleContextHolder.getLocale()));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public String getAsText() {
        return TypedNumbers.typedForm((BigDecimal) getValue(), LocaleContextHolder.getLocale());
    }
}
