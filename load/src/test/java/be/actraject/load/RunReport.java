package be.actraject.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one run, as the harness prints them: per page Gatling's count, errors, percentiles and throughput
 * beside the SQL statements the nodes counted for it; then the heap and the start-up.
 *
 * @param startMillis per node, how long it took to start (the first one fills the database)
 */
record RunReport(int nodes, LoadRun run, List<Page> pages, List<String> statementGrowth, long heapUsedBytes,
                 List<Long> startMillis, double seconds) {

    /** One page's row. Statements: mean and highest per request; failures: Gatling's messages, with counts. */
    record Page(String name, long count, long errors, long p50, long p95, long p99, double perSecond,
                double statementsMean, long statementsMax, List<String> failures) {
    }

    /**
     * A page whose statements grow in the run: the same person asking the same address of the same node gets more
     * statements by the end than the first time, by more than {@value #SESSION_SLACK} (the session's own writes vary
     * by that much: a flash message waiting in it, an attribute changed). Per node and by the end, not at any request:
     * a look or count kept a while on a node (the worklist's counts, the watch, the models, the figures at size) is
     * made afresh once on each node and again when it expires, with its own fixed statements — the figures' 38 more
     * than their kept 8 on the second node of a 30,000 run — while a page that queries per row grows with what the
     * day adds and stays grown.
     */
    static final int SESSION_SLACK = 2;

    static RunReport of(int nodes, LoadRun run, Map<String, GatlingStats.Request> gatling,
                        List<PageStatements.Sample> samples, long startedNanos, long endedNanos, long heapUsed,
                        List<Long> startMillis) {
        Map<String, LongSummaryStatistics> statements = PageStatements.perPage(samples);
        List<Page> pages = new ArrayList<>();
        for (String name : ScriptedDay.PAGES) {
            GatlingStats.Request request = gatling.get(name);
            if (request == null) {
                continue;
            }
            LongSummaryStatistics s = statements.getOrDefault(name, new LongSummaryStatistics());
            pages.add(new Page(name, request.total(), request.errors(), request.p50(), request.p95(),
                    request.p99(), request.perSecond(), s.getAverage(), s.getCount() == 0 ? 0 : s.getMax(),
                    request.failures()));
        }
        // A request name the table does not know is a renamed page or a redirect Gatling followed: shown, not lost.
        gatling.values().stream().filter(r -> !ScriptedDay.PAGES.contains(r.name())).forEach(r -> pages.add(
                new Page(r.name(), r.total(), r.errors(), r.p50(), r.p95(), r.p99(), r.perSecond(), 0, 0,
                        r.failures())));
        return new RunReport(nodes, run, pages, growth(samples), heapUsed, startMillis,
                (endedNanos - startedNanos) / 1e9);
    }

    /** For each person and address, the requests that sent more statements than its first one (and the slack). */
    static List<String> growth(List<PageStatements.Sample> samples) {
        Map<String, List<PageStatements.Sample>> byAddress = samples.stream()
                .sorted(java.util.Comparator.comparingLong(PageStatements.Sample::atNanos))
                .collect(Collectors.groupingBy(s -> s.page() + " | " + s.user() + " | " + s.uri() + " | node "
                        + s.node(), LinkedHashMap::new, Collectors.toList()));
        List<String> grown = new ArrayList<>();
        byAddress.forEach((key, list) -> {
            long first = list.get(0).statements();
            long last = list.get(list.size() - 1).statements();
            long max = list.stream().mapToLong(PageStatements.Sample::statements).max().orElse(first);
            if (last > first + SESSION_SLACK) {
                grown.add(key + ": " + first + " at first, up to " + max + " ("
                        + list.stream().map(s -> String.valueOf(s.statements())).collect(Collectors.joining(","))
                        + ")");
            }
        });
        return grown;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nLoad harness: %d node(s), %d extra candidates, %d coaches + coordinator + office,"
                        + " %d s (think %d ms); %.1f s of Gatling%n", nodes, run.candidates(), run.coaches(),
                run.duration().toSeconds(), run.think().toMillis(), seconds));
        out.append(String.format("%-20s | %6s | %6s | %6s | %6s | %6s | %7s | %15s%n", "page", "count", "errors",
                "p50 ms", "p95 ms", "p99 ms", "req/s", "SQL mean (max)"));
        out.append("-".repeat(20 + 6 * 5 + 7 + 15 + 3 * 7 + 1)).append('\n');
        long total = 0;
        long errors = 0;
        double perSecond = 0;
        for (Page p : pages) {
            out.append(String.format("%-20s | %6d | %6d | %6d | %6d | %6d | %7.2f | %9.1f (%3d)%n", p.name(),
                    p.count(), p.errors(), p.p50(), p.p95(), p.p99(), p.perSecond(), p.statementsMean(),
                    p.statementsMax()));
            total += p.count();
            errors += p.errors();
            perSecond += p.perSecond();
        }
        out.append(String.format("%-20s | %6d | %6d | %6s | %6s | %6s | %7.2f |%n", "all", total, errors, "", "",
                "", perSecond));
        out.append(String.format("heap used after the run (after a GC, this JVM: harness, Gatling and %d node(s)): "
                + "%d MB%n", nodes, heapUsedBytes / (1024 * 1024)));
        out.append("start-up: ").append(startMillis.stream().map(ms -> String.format("%.1f s", ms / 1000.0))
                .collect(Collectors.joining(", then "))).append(" (the first node fills the database)\n");
        pages.stream().filter(p -> !p.failures().isEmpty()).forEach(p -> out.append("failed ").append(p.name())
                .append(": ").append(String.join("; ", p.failures())).append('\n'));
        if (!statementGrowth.isEmpty()) {
            out.append("statements grew:\n");
            statementGrowth.forEach(g -> out.append("  ").append(g).append('\n'));
        }
        return out.toString();
    }
}
