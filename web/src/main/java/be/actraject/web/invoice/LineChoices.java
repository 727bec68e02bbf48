package be.actraject.web.invoice;

import be.actraject.domain.einvoice.ReverseChargeWork;
import be.actraject.domain.einvoice.SupplyKind;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatRates;
import be.actraject.domain.invoice.Unit;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;

/** What the line fields offer — the VAT rates offered today, the units, the kinds of reverse-charge work. */
@Component
public class LineChoices {

    private final VatRates rates;

    LineChoices(VatRates rates) {
        this.rates = rates;
    }

    public List<TaxRate> addTo(Model model) {
        List<TaxRate> offered = rates.offered();
        model.addAttribute("vatRates", offered);
        model.addAttribute("units", Unit.values());
        model.addAttribute("reverseChargeWorks", ReverseChargeWork.values());
        model.addAttribute("supplyKinds", SupplyKind.values());
        return offered;
    }
}
