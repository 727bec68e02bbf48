package be.actraject.web.invoice;

import be.actraject.domain.number.NumberKind;
import be.actraject.web.number.Plausibility;
import be.actraject.web.number.TypedNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;

import java.math.BigDecimal;
import java.util.List;

/** Checks {@link PlausibleLines}; the ceilings come from the configuration, the defaults where there is none. */
class PlausibleLinesValidator implements ConstraintValidator<PlausibleLines, LinesForm> {

    private final Plausibility ceilings;

    PlausibleLinesValidator(ObjectProvider<Plausibility> ceilings) {
        this.ceilings = ceilings.getIfAvailable(Plausibility::new);
    }

    @Override
    public boolean isValid(LinesForm form, ConstraintValidatorContext context) {
        if (form == null || form.isImplausibleConfirmed()) {
            return true;
        }
        boolean plausible = true;
        List<LineForm> lines = form.getLines();
        for (int i = 0; i < lines.size(); i++) {
            LineForm line = lines.get(i);
            boolean quantity = within(line.getQuantity(), ceilings.getQuantity(), NumberKind.QUANTITY, i, "quantity",
                    context);
            boolean price = within(line.getUnitPrice(), ceilings.getUnitPrice(), NumberKind.MONEY, i, "unitPrice",
                    context);
            // Each field may be usual and their product not (1000 × 99 999,99); one question per line, not two.
            boolean amount = !quantity || !price || line.getQuantity() == null || line.getUnitPrice() == null
                    || within(line.getQuantity().multiply(line.getUnitPrice()), ceilings.getLineAmount(),
                    NumberKind.MONEY, i, "unitPrice", "amount", context);
            plausible &= quantity && price && amount;
        }
        if (!plausible) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("implausibleConfirmed").addConstraintViolation();
        }
        return plausible;
    }

    private static boolean within(BigDecimal value, BigDecimal ceiling, NumberKind kind, int index, String field,
                                  ConstraintValidatorContext context) {
        return within(value, ceiling, kind, index, field, field, context);
    }

    private static boolean within(BigDecimal value, BigDecimal ceiling, NumberKind kind, int index, String field,
                                  String message, ConstraintValidatorContext context) {
        if (value == null || value.compareTo(ceiling) <= 0) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("max", TypedNumbers.print(ceiling, kind, LocaleContextHolder.getLocale()))
                .buildConstraintViolationWithTemplate("{line." + message + ".implausible}")
                .addPropertyNode("lines").addPropertyNode(field).inIterable().atIndex(index)
                .addConstraintViolation();
        return false;
    }
}
