package be.actraject.demo;

import be.actraject.domain.access.Actor;
import be.actraject.domain.earnings.ActivityCosts;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.QuoteDraft;
import be.actraject.domain.invoice.Quotes;
import be.actraject.domain.invoice.Unit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The demo's quotes and costs: what a coach and the office take to an invoice and a monthly statement. */
class DemoQuotes {

    private final Quotes quotes;
    private final ActivityCosts costs;
    private final Clock clock;

    DemoQuotes(Quotes quotes, ActivityCosts costs, Clock clock) {
        this.quotes = quotes;
        this.costs = costs;
        this.clock = clock;
    }

    /** An open quote of three lines at three rates (one exempt), and a cost of this month. */
    void forKobe(long trajectoryId, long customerId, Actor coach) {
        LocalDate today = LocalDate.now(clock);
        quotes.draft(trajectoryId, new QuoteDraft(customerId, "Fietsherstel en fietsles op de zomermarkt",
                today.plusDays(30), List.of(
                        new DraftLine("Herstellingen ter plaatse", new BigDecimal("6"), Unit.HOUR,
                                new BigDecimal("45.00"), null, "21"),
                        new DraftLine("Binnenbanden en remblokjes", new BigDecimal("8"), Unit.PIECE,
                                new BigDecimal("12.50"), new BigDecimal("10"), "21"),
                        new DraftLine("Fietsles voor senioren (erkende opleiding)", BigDecimal.ONE, Unit.DAY,
                                new BigDecimal("250.00"), null, "0-art44"))), coach);
        costs.record(trajectoryId, today, "Onderdelen voor de voorraad", new BigDecimal("85.00"), coach);
    }
}
