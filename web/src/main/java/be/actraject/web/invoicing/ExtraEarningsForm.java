package be.actraject.web.invoicing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The month of the statement and the hours the candidate worked in it; the ledger gives the rest. */
public class ExtraEarningsForm {

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth month;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("744")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal hours;

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }
}
