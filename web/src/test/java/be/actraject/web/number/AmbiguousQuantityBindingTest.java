package be.actraject.web.number;

import be.actraject.web.invoice.InvoiceForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.WebDataBinder;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The binder every form gets: a quantity that reads two ways is refused with both readings; money is not. */
class AmbiguousQuantityBindingTest {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static WebDataBinder bind(String quantity, String unitPrice, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        // As Spring MVC makes it: the binder knows the form's type before the form exists.
        WebDataBinder binder = new WebDataBinder(null, "invoice");
        binder.setTargetType(org.springframework.core.ResolvableType.forClass(InvoiceForm.class));
        new NumberBinding().kindMessages(binder);
        binder.construct(new org.springframework.validation.DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return null;
            }

            @Override
            public java.util.Set<String> getNames() {
                return java.util.Set.of();
            }
        });
        MutablePropertyValues values = new MutablePropertyValues();
        values.add("lines[0].quantity", quantity);
        values.add("lines[0].unitPrice", unitPrice);
        binder.bind(values);
        return binder;
    }

    @Test
    void aDutchDotBeforeThreeDigitsInAQuantityIsAskedAgain() {
        WebDataBinder binder = bind("1.333", "1.333", Locale.forLanguageTag("nl-BE"));

        assertThat(binder.getBindingResult().getFieldErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("lines[0].quantity");
            assertThat(e.getCodes()).containsExactly("number.ambiguous");
            assertThat(e.getArguments()).containsExactly("1.333", "1333", "1,333");
            assertThat(e.getRejectedValue()).isEqualTo("1.333");
        });
        InvoiceForm form = (InvoiceForm) binder.getTarget();
        assertThat(form.getLines().get(0).getUnitPrice()).as("money has two decimals: 1.333 is grouping")
                .isEqualByComparingTo(new BigDecimal("1333"));
    }

    @Test
    void whatReadsOneWayIsTaken() {
        assertThat(bind("0.333", "1", Locale.forLanguageTag("nl-BE")).getBindingResult().hasErrors()).isFalse();
        assertThat(bind("1,333", "1", Locale.forLanguageTag("nl-BE")).getBindingResult().hasErrors()).isFalse();
        assertThat(bind("1.333", "1", Locale.ENGLISH).getBindingResult().hasErrors()).isFalse();
    }
}
