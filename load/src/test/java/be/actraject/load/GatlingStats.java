package be.actraject.load;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gatling's own figures per request name, read from its report's {@code js/stats.js}: a JavaScript object (some
 * keys unquoted) that its HTML pages read. Gatling's percentiles are its configured four — 50, 75, 95 and 99 by
 * default (gatling-defaults.conf, not changed here) — as {@code percentiles1} to {@code percentiles4}.
 */
final class GatlingStats {

    /** One request name: the counts, the percentiles in ms and the mean requests per second of the run. */
    record Request(String name, long total, long errors, long p50, long p95, long p99, double perSecond) {
    }

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
        Map<String, Request> requests = new LinkedHashMap<>();
        stats.path("contents").forEach(entry -> {
            JsonNode s = entry.path("stats");
            String name = s.path("name").asText();
            requests.put(name, new Request(name, number(s, "numberOfRequests", "total"),
                    number(s, "numberOfRequests", "ko"), number(s, "percentiles1", "total"),
                    number(s, "percentiles3", "total"), number(s, "percentiles4", "total"),
                    Double.parseDouble(text(s, "meanNumberOfRequestsPerSecond", "total", "0"))));
        });
        if (requests.isEmpty()) {
            throw new IllegalStateException("No request in " + report.resolve("js/stats.js"));
        }
        return requests;
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
