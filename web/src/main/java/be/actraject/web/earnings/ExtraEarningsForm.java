package be.actraject.web.earnings;

import be.actraject.domain.number.NumberKind;
import be.actraject.domain.number.OfKind;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The month of the statement and the hours the candidate worked in it; the ledger gives the rest. */
public class ExtraEarningsForm {

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM")
    @InDateWindow(DateWindow.STATEMENT_MONTH)
    private YearMonth month;
    @NotNull
    @OfKind(NumberKind.HOURS)
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
