package be.actraject.web.reports.funder;

import be.actraject.domain.figures.Participant;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The participant list as an Office Open XML workbook (FastExcel, as the bookkeeper's sales journal): one sheet, a
 * bold header row that stays in view, dates as dates ({@code dd/mm/yyyy}), the client number as text (it may start
 * with a zero). Columns: {@link ParticipantColumns}.
 */
@Component
class ParticipantWorkbook {

    static final String DAY = "dd/mm/yyyy";

    private final ParticipantColumns columns;
    private final MessageSource messages;

    ParticipantWorkbook(ParticipantColumns columns, MessageSource messages) {
        this.columns = columns;
        this.messages = messages;
    }

    byte[] write(List<Participant> participants, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "AC Traject", "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.getMessage("funder.participants.sheet", null, locale));
            header(sheet, columns.headers(locale));
            int row = 1;
            for (Participant p : participants) {
                sheet.value(row, 0, p.jobSeekerNumber());
                sheet.value(row, 1, p.lastName());
                sheet.value(row, 2, p.firstName());
                day(sheet, row, ParticipantColumns.ENTERED, p.entered());
                day(sheet, row, ParticipantColumns.EXITED, p.exited());
                sheet.value(row, 5, columns.phase(p, locale));
                sheet.value(row, 6, columns.exitType(p, locale));
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
    }

    private static void day(Worksheet sheet, int row, int column, LocalDate day) {
        if (day != null) {
            sheet.value(row, column, day);
            sheet.style(row, column).format(DAY).set();
        }
    }
}
