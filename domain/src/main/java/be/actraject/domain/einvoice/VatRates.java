package be.actraject.domain.einvoice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The VAT rates a line may use, read from the database (rates are data, not constants): a rate is offered from its
 * first day to its last, and a line keeps the rate it was written with.
 */
@Service
@Transactional(readOnly = true)
public class VatRates {

    private final VatRateRepository rates;
    private final Clock clock;

    public VatRates(VatRateRepository rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    /** The rates offered today, in the order the forms show them. */
    public List<TaxRate> offered() {
        LocalDate today = LocalDate.now(clock);
        return rates.findAllByOrderByPositionAsc().stream().filter(r -> r.validOn(today)).map(VatRateRow::toRate)
                .toList();
    }

    /**
     * The rate of a code, offered today.
     *
     * @throws InvalidInvoiceException (RATE) for a code that does not exist or is no longer offered
     */
    public TaxRate of(String code) {
        return rates.findById(code == null ? "" : code).filter(r -> r.validOn(LocalDate.now(clock)))
                .map(VatRateRow::toRate)
                .orElseThrow(() -> new InvalidInvoiceException(InvalidInvoiceException.Reason.RATE, code));
    }
}
