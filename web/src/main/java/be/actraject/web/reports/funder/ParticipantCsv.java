package be.actraject.web.reports.funder;

import be.actraject.domain.figures.Participant;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The participant list as CSV in the form RFC 4180 describes, for Excel as a Belgian office opens it: UTF-8 with a
 * byte order mark (without it Excel reads the file as Windows-1252 and prints Çağrı as Ã‡aÄŸrÄ±), a semicolon
 * between fields (Excel in a Dutch or French locale, whose decimal separator is the comma, splits on the list
 * separator ";", and would leave a comma-separated file in one column), CRLF after each record, a field quoted when it
 * holds a semicolon, a quote or a line break, a quote inside doubled. Dates in ISO 8601 ({@code 2025-01-06}), which
 * Excel reads as a date in any locale. Written by hand: the class path has no CSV library, and these few rules do not
 * justify one.
 * <p>
 * A field that starts with {@code = + - @} would be read by a spreadsheet as a formula (CSV injection); such a text,
 * a name typed by someone, is prefixed with a single quote, which the spreadsheet shows as text.
 */
@Component
class ParticipantCsv {

    static final String SEPARATOR = ";";
    static final String LINE_END = "\r\n";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ParticipantColumns columns;

    ParticipantCsv(ParticipantColumns columns) {
        this.columns = columns;
    }

    byte[] write(List<Participant> participants, Locale locale) {
        StringBuilder text = new StringBuilder();
        record(text, columns.headers(locale));
        for (Participant p : participants) {
            record(text, Arrays.asList(p.jobSeekerNumber(), p.lastName(), p.firstName(), day(p.entered()),
                    day(p.exited()), columns.phase(p, locale), columns.exitType(p, locale)));
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }

    private static void record(StringBuilder text, List<String> fields) {
        List<String> written = new ArrayList<>(fields.size());
        for (String field : fields) {
            written.add(field(field));
        }
        text.append(String.join(SEPARATOR, written)).append(LINE_END);
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(SEPARATOR) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }
}
