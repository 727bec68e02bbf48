package be.actraject.web.bookkeeping;

import be.actraject.domain.access.Actor;
import be.actraject.domain.bookkeeping.Journal;
import be.actraject.domain.bookkeeping.JournalPeriod;
import be.actraject.domain.bookkeeping.JournalRefusedException;
import be.actraject.domain.bookkeeping.SalesJournal;
import be.actraject.web.system.Attachments;
import be.actraject.web.system.DateOutsideWindowException;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.TypedDates;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The bookkeeper's export: a period (the previous month unless another is asked), what it holds, and its two
 * downloads. A period that cannot be read comes back to the page with its message and what was typed; a download of
 * such a period sends the user to that page instead of an error.
 */
@Controller
class BookkeepingController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final SalesJournal journals;
    private final SalesJournalWorkbook workbook;
    private final PeriodArchive archive;
    private final MessageSource messages;
    private final Clock clock;

    BookkeepingController(SalesJournal journals, SalesJournalWorkbook workbook, PeriodArchive archive,
                          MessageSource messages, Clock clock) {
        this.journals = journals;
        this.workbook = workbook;
        this.archive = archive;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/bookkeeping")
    String show(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Actor actor,
                Model model) {
        boolean asked = from != null || to != null;
        JournalPeriod lastMonth = JournalPeriod.monthOf(LocalDate.now(clock).minusMonths(1));
        model.addAttribute("from", asked ? from : lastMonth.from().toString());
        model.addAttribute("to", asked ? to : lastMonth.to().toString());
        try {
            JournalPeriod period = asked ? period(from, to) : lastMonth;
            model.addAttribute("journal", journals.of(period, actor));
        } catch (DateTimeParseException e) {
            model.addAttribute("periodError", TypedDates.INVALID);
            model.addAttribute("periodErrorArgs", new Object[0]);
        } catch (JournalRefusedException e) {
            model.addAttribute("periodError", e.messageKey());
            model.addAttribute("periodErrorArgs", e.messageArguments());
        } catch (DateOutsideWindowException e) {
            model.addAttribute("periodError", e.messageKey());
            model.addAttribute("periodErrorArgs", e.messageArguments());
        }
        return "bookkeeping/export";
    }

    @GetMapping("/bookkeeping/sales-journal.xlsx")
    ResponseEntity<byte[]> spreadsheet(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to, Actor actor, Locale locale) {
        try {
            Journal journal = journals.of(period(from, to), actor);
            return Attachments.of(workbook.write(journal, locale), XLSX,
                    fileName("bookkeeping.file.journal", journal.period(), locale) + ".xlsx");
        } catch (DateTimeParseException | JournalRefusedException | DateOutsideWindowException e) {
            return backToThePage(from, to);
        }
    }

    @GetMapping("/bookkeeping/documents.zip")
    ResponseEntity<byte[]> documents(@RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to, Actor actor, Locale locale) {
        try {
            Journal journal = journals.of(period(from, to), actor);
            return Attachments.of(archive.write(journal, actor), ZIP,
                    fileName("bookkeeping.file.documents", journal.period(), locale) + ".zip");
        } catch (DateTimeParseException | JournalRefusedException | DateOutsideWindowException e) {
            return backToThePage(from, to);
        }
    }

    /** The period typed, each day within {@link DateWindow#BOOKKEEPING_PERIOD}. */
    private JournalPeriod period(String from, String to) {
        return new JournalPeriod(inWindow(TypedDates.iso(from)), inWindow(TypedDates.iso(to)));
    }

    private LocalDate inWindow(LocalDate day) {
        return day == null ? null : TypedDates.within(day, DateWindow.BOOKKEEPING_PERIOD, clock);
    }

    private String fileName(String key, JournalPeriod period, Locale locale) {
        return messages.getMessage(key, null, locale) + "_" + period.from() + "_" + period.to();
    }

    private static ResponseEntity<byte[]> backToThePage(String from, String to) {
        return ResponseEntity.status(303).location(UriComponentsBuilder.fromPath("/bookkeeping")
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                .encode().build().toUri()).build();
    }
}
