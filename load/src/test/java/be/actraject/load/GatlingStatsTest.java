package be.actraject.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Why requests failed, read back from a report page as gatling-charts 3.13 writes it (ErrorsTableComponent). */
class GatlingStatsTest {

    @Test
    void readsEachFailedRequestsMessagesFromItsOwnPage(@TempDir Path report) throws IOException {
        Files.writeString(report.resolve("req_dossier-1843625675.html"), page("dossier",
                row("status.find.is(200), but actually found 500", 2)
                        + row("css((h1,None)).find.exists, found nothing &amp; more", 1)));
        Files.writeString(report.resolve("req_search--906336856.html"), page("search", ""));
        Files.writeString(report.resolve("index.html"), page("", row("not read: the global table", 3)));

        Map<String, List<String>> errors = GatlingStats.errors(report);

        assertThat(errors).containsOnlyKeys("dossier");
        assertThat(errors.get("dossier")).containsExactly("status.find.is(200), but actually found 500 (2x)",
                "css((h1,None)).find.exists, found nothing & more (1x)");
    }

    private static String page(String name, String rows) {
        return "<html><head><title>Gatling Stats - " + name + "</title></head><body>"
                + "<table id=\"container_errors\"><tbody>" + rows + "</tbody></table></body></html>";
    }

    /** The row as ErrorsTableComponent writes it. */
    private static String row(String message, int count) {
        return "\n\t\t    <tr>\n\t\t    \t<td class=\"error-col-1 total ko\">" + message
                + "<span class=\"value\" style=\"display:none\">0</span></td>\n\t\t    \t<td class=\"value "
                + "error-col-2 total ko\">" + count + "</td>\n\t\t    \t<td class=\"value error-col-3 total ko\">"
                + "50 %</td>\n\t\t    </tr>";
    }
}
