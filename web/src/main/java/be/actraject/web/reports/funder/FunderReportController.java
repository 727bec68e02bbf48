package be.actraject.web.reports.funder;

import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.figures.FunderReports;
import be.actraject.domain.figures.Period;
import be.actraject.web.system.Attachments;
import be.actraject.web.system.Flash;
import be.actraject.web.system.TypedDates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The three downloads of a period ({@code from} and {@code to}, ISO dates, both included). Each is written to the
 * audit log once its file is made; a period that cannot be read, ends before it starts, starts after today or reaches
 * outside the days figures count ({@link Period#FIRST_DAY}) sends the reader back to the dashboard with its message
 * instead, and makes no file.
 */
@Controller
class FunderReportController {

    static final String DASHBOARD = "/reports";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    /** A day in a refusal's message, as the dashboard shows it (its {@code ReportRequests}). */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final FunderReports reports;
    private final ParticipantWorkbook workbook;
    private final ParticipantCsv csv;
    private final PeriodReport periodReport;
    private final MessageSource messages;
    private final Clock clock;

    FunderReportController(FunderReports reports, ParticipantWorkbook workbook, ParticipantCsv csv,
                           PeriodReport periodReport, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.workbook = workbook;
        this.csv = csv;
        this.periodReport = periodReport;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports/funder/participants.xlsx")
    ResponseEntity<byte[]> participantsSpreadsheet(@RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String to, Actor actor,
                                                   Locale locale, HttpServletRequest request,
                                                   HttpServletResponse response) {
        return export(from, to, "participants.xlsx", XLSX, "funder.file.participants", locale, request, response,
                period -> workbook.write(reports.participants(period, actor), locale), actor);
    }

    @GetMapping("/reports/funder/participants.csv")
    ResponseEntity<byte[]> participantsCsv(@RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to, Actor actor, Locale locale,
                                           HttpServletRequest request, HttpServletResponse response) {
        return export(from, to, "participants.csv", CSV, "funder.file.participants", locale, request, response,
                period -> csv.write(reports.participants(period, actor), locale), actor);
    }

    @GetMapping("/reports/funder/period.pdf")
    ResponseEntity<byte[]> periodPdf(@RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to, Actor actor, Locale locale,
                                     HttpServletRequest request, HttpServletResponse response) {
        return export(from, to, "period.pdf", MediaType.APPLICATION_PDF, "funder.file.period", locale, request,
                response, period -> periodReport.render(period, actor, locale), actor);
    }

    /** @param report the report's name in the audit log, whose extension the downloaded file keeps */
    private ResponseEntity<byte[]> export(String from, String to, String report, MediaType type, String fileKey,
                                          Locale locale, HttpServletRequest request, HttpServletResponse response,
                                          Function<Period, byte[]> write, Actor actor) {
        Period period;
        try {
            period = Period.of(day(from), day(to), clock);
        } catch (DateTimeParseException e) {
            return backToTheDashboard(Flash.warning(TypedDates.INVALID), request, response);
        } catch (RefusedException e) {
            // Its days as the dashboard writes them (31/12/2025), not as the domain holds them (2025-12-31).
            return backToTheDashboard(Flash.warning(e.messageKey(), Arrays.stream(e.messageArguments())
                    .map(a -> a instanceof LocalDate day ? SHOWN.format(day) : a).toArray()), request, response);
        }
        byte[] file = write.apply(period);
        reports.recordExport(report, period, actor);
        String extension = report.substring(report.lastIndexOf('.'));
        return Attachments.of(file, type, messages.getMessage(fileKey, null, locale) + "_" + period.from() + "_"
                + period.to() + extension);
    }

    /** A day as typed; nothing typed is no day either. */
    private static LocalDate day(String typed) {
        LocalDate day = TypedDates.iso(typed);
        if (day == null) {
            throw new DateTimeParseException("No date", "", 0);
        }
        return day;
    }

    private static ResponseEntity<byte[]> backToTheDashboard(Flash flash, HttpServletRequest request,
                                                             HttpServletResponse response) {
        RequestContextUtils.getOutputFlashMap(request).put(Flash.ATTRIBUTE, flash);
        RequestContextUtils.saveOutputFlashMap(DASHBOARD, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, DASHBOARD).build();
    }
}
