package be.actraject.load;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gatling's own figures per request name, read from its report's {@code js/stats.js}: a JavaScript object (some
 * keys unquoted) that its HTML pages read. Gatling's percentiles are its configured four — 50, 75, 95 and 99 by
 * default (gatling-defaults.conf, not changed here) — as {@code percentiles1} to {@code percentiles4}.
 */
final class GatlingStats {

    /**
     * One request name: the counts, the percentiles in ms, the mean requests per second of the run and why its
     * failed requests failed ({@link #errors}).
     */
    record Request(String name, long total, long errors, long p50, long p95, long p99, double perSecond,
                   List<String> failures) {
    }

    /** A row of the "Errors" table of a report page (gatling-charts' ErrorsTableComponent): message, then count. */
    private static final Pattern ERROR_ROW = Pattern.compile(
            "<td class=\"error-col-1 total ko\">(.*?)<span[^>]*>\\d*</span></td>\\s*"
                    + "<td class=\"value error-col-2 total ko\">(\\d+)</td>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<title>Gatling Stats - (.*?)</title>");

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private GatlingStats() {
    }

    /** @return by request name, in Gatling's order */
    static Map<String, Request> read(Path report) throws IOException {
        String js = Files.readString(report.resolve("js").resolve("stats.js"), StandardCharsets.UTF_8);
        int start = js.indexOf('{', js.indexOf("var stats"));
        JsonNode stats = LENIENT.readTree(js.substring(start, closingBrace(js, start) + 1));
        Map<String, List<String>> failures = errors(report);
        Map<String, Request> requests = new LinkedHashMap<>();
        stats.path("contents").forEach(entry -> {
            JsonNode s = entry.path("stats");
            String name = s.path("name").asText();
            requests.put(name, new Request(name, number(s, "numberOfRequests", "total"),
                    number(s, "numberOfRequests", "ko"), number(s, "percentiles1", "total"),
                    number(s, "percentiles3", "total"), number(s, "percentiles4", "total"),
                    Double.parseDouble(text(s, "meanNumberOfRequestsPerSecond", "total", "0")),
                    failures.getOrDefault(name, List.of())));
        });
        if (requests.isEmpty()) {
            throw new IllegalStateException("No request in " + report.resolve("js/stats.js"));
        }
        return requests;
    }

    /**
     * Why requests failed, per request name: each message of the "Errors" table of the request's own page
     * ({@code req_*.html}) with its count, e.g. {@code "status.find.is(200), but actually found 500 (1x)"}; the
     * harness's failure says it, so that a failed build tells what went wrong and not only how often.
     *
     * @return by request name, only the names with errors
     */
    static Map<String, List<String>> errors(Path report) throws IOException {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        try (Stream<Path> pages = Files.list(report)) {
            for (Path page : pages.filter(p -> p.getFileName().toString().startsWith("req_")).sorted().toList()) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                Matcher title = TITLE.matcher(html);
                String name = title.find() ? unescape(title.group(1)) : page.getFileName().toString();
                Matcher row = ERROR_ROW.matcher(html);
                List<String> messages = new ArrayList<>();
                while (row.find()) {
                    messages.add(unescape(row.group(1).strip()) + " (" + row.group(2) + "x)");
                }
                if (!messages.isEmpty()) {
                    errors.put(name, messages);
                }
            }
        }
        return errors;
    }

    /** Gatling's htmlEscape, undone for the entities it writes. */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    /** The brace that closes the one at {@code open}, skipping strings. */
    private static int closingBrace(String js, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < js.length(); i++) {
            char c = js.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("stats.js: no end to its object");
    }

    private static long number(JsonNode stats, String field, String part) {
        return Math.round(Double.parseDouble(text(stats, field, part, "0")));
    }

    /** Gatling writes "-" where there is nothing to count (no failed request, say). */
    private static String text(JsonNode stats, String field, String part, String none) {
        String value = stats.path(field).path(part).asText(none);
        return value.isBlank() || value.equals("-") ? none : value;
    }
}
