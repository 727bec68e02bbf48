package be.actraject.domain.earnings;

import java.math.BigDecimal;

/** The extra earnings exceed what the hours allow: hours times the hourly cap. */
public class ExtraEarningsAboveCapException extends RuntimeException {

    private final BigDecimal maximum;

    public ExtraEarningsAboveCapException(BigDecimal maximum) {
        super("Extra earnings may not exceed " + maximum);
        this.maximum = maximum;
    }

    public BigDecimal maximum() {
        return maximum;
    }
}
