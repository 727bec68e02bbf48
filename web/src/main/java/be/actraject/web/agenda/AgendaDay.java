package be.actraject.web.agenda;

import be.actraject.domain.agenda.AgendaItem;

import java.time.LocalDate;
import java.util.List;

/** One day of an agenda page with its entries, in {@link AgendaItem#ORDER}. */
public record AgendaDay(LocalDate date, boolean inPeriod, boolean today, List<AgendaItem> items) {
}
