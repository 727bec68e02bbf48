package be.actraject.web.number;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Above what a quantity, a unit price or a line amount is unusual for a candidate's small business, so that a form asks
 * "is this right?" before saving it ({@code actraject.plausibility.*}): a typo of a few zeros, or a comma the browser
 * dropped, is caught before it reaches a customer. Not a limit: confirmed, any valid value is saved.
 */
@Component
@ConfigurationProperties("actraject.plausibility")
public class Plausibility {

    /** Quantities above this (in the line's unit) ask for confirmation. */
    private BigDecimal quantity = new BigDecimal("10000");
    /** Unit prices above this, in euro, ask for confirmation. */
    private BigDecimal unitPrice = new BigDecimal("100000");
    /** Line amounts (quantity × unit price) above this, in euro, ask for confirmation: 1000 × 99 999,99 does. */
    private BigDecimal lineAmount = new BigDecimal("100000");

    public BigDecimal getLineAmount() {
        return lineAmount;
    }

    public void setLineAmount(BigDecimal lineAmount) {
        this.lineAmount = lineAmount;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }
}
