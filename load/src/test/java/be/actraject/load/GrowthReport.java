package be.actraject.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The list pages timed alone ({@link QuietTimings}) at each size of one harness run, printed as one table: per page
 * the median and 95th percentile at each size and the growth of the median from the first size to the last (issue 19
 * asks 1.5× at most from 300 to 30,000 candidates); then each worklist page against the engine's own paged query for
 * the same person, at each size (issue 19 asks 2× at most): in the node's JVM, and over HTTP from a bare Camunda
 * application on the same database, as a client of the engine's REST API would ask it.
 */
final class GrowthReport {

    private final Map<Integer, List<QuietTimings.Timing>> pages = new LinkedHashMap<>();
    private final Map<Integer, List<QuietTimings.Timing>> engine = new LinkedHashMap<>();
    private final Map<Integer, List<QuietTimings.Timing>> service = new LinkedHashMap<>();
    private final Map<Integer, List<QuietTimings.Timing>> bare = new LinkedHashMap<>();

    /** @param bareTimings the engine's query over HTTP from the bare application ({@link QuietTimings#bare}) */
    void add(int candidates, List<QuietTimings.Timing> pageTimings, List<QuietTimings.Timing> engineTimings,
             List<QuietTimings.Timing> serviceTimings, List<QuietTimings.Timing> bareTimings) {
        pages.put(candidates, pageTimings);
        engine.put(candidates, engineTimings);
        service.put(candidates, serviceTimings);
        bare.put(candidates, bareTimings);
    }

    String table() {
        List<Integer> sizes = new ArrayList<>(pages.keySet());
        StringBuilder out = new StringBuilder(String.format("%nList pages alone, one person at a time on the first "
                + "node (%d requests each after %d unmeasured), p50 / p95 ms, by extra candidates:%n",
                QuietTimings.REQUESTS, QuietTimings.WARM_UP));
        out.append(String.format("%-30s", "page"));
        sizes.forEach(size -> out.append(String.format(" | %17s", size)));
        out.append(" | growth of p50\n");
        for (int i = 0; i < QuietTimings.PAGES.size(); i++) {
            row(out, pages, sizes, i);
        }
        perPage(out, sizes, String.format("%nThe first request of each page, ms: where counts or a look are kept a "
                + "while once many run (the worklist's counts, the watch), what one made afresh costs:%n"),
                QuietTimings.Timing::first);
        perPage(out, sizes, String.format("%nWhat each page answered, kB (its first request): a page that shows more "
                + "at a larger size grows with what it shows:%n"), QuietTimings.Timing::kilobytes);
        out.append(String.format("%nThe engine's own query for the same worklist (TaskService: a page of 25 and its "
                + "count), p50 / p95 ms; the worklist's service for the same page (its engine and domain reads, counts "
                + "included); and each one's p50 as a multiple of the engine's:%n"));
        for (int i = 0; i < QuietTimings.ENGINE.size(); i++) {
            row(out, engine, sizes, i);
            String name = QuietTimings.ENGINE.get(i).name();
            out.append(String.format("%-30s", "  its service (WorkItems)"));
            for (int size : sizes) {
                QuietTimings.Timing t = service.get(size).get(i);
                out.append(String.format(" | %7.1f / %7.1f", t.p50(), t.p95()));
            }
            out.append('\n');
            int k = i;
            ratio(out, "  service / engine", sizes, size -> service.get(size).get(k).p50()
                    / engine.get(size).get(k).p50());
            ratio(out, "  page / engine", sizes, size -> find(pages.get(size), name).p50()
                    / engine.get(size).get(k).p50());
            out.append(String.format("%-30s", "  engine over HTTP (bare app)"));
            for (int size : sizes) {
                QuietTimings.Timing t = bare.get(size).get(i);
                out.append(String.format(" | %7.1f / %7.1f", t.p50(), t.p95()));
            }
            out.append('\n');
            ratio(out, "  page / engine over HTTP", sizes, size -> find(pages.get(size), name).p50()
                    / bare.get(size).get(k).p50());
        }
        return out.toString();
    }

    /** One figure of every page at each size, under its title. */
    private void perPage(StringBuilder out, List<Integer> sizes, String title,
                         ToDoubleFunction<QuietTimings.Timing> figure) {
        out.append(title);
        for (int i = 0; i < QuietTimings.PAGES.size(); i++) {
            out.append(String.format("%-30s", pages.get(sizes.get(0)).get(i).name()));
            for (int size : sizes) {
                out.append(String.format(" | %17.1f", figure.applyAsDouble(pages.get(size).get(i))));
            }
            out.append('\n');
        }
    }

    private static void row(StringBuilder out, Map<Integer, List<QuietTimings.Timing>> timings, List<Integer> sizes,
                            int i) {
        out.append(String.format("%-30s", timings.get(sizes.get(0)).get(i).name()));
        for (int size : sizes) {
            QuietTimings.Timing t = timings.get(size).get(i);
            out.append(String.format(" | %7.1f / %7.1f", t.p50(), t.p95()));
        }
        double first = timings.get(sizes.get(0)).get(i).p50();
        double last = timings.get(sizes.get(sizes.size() - 1)).get(i).p50();
        out.append(String.format(" | %.2fx%n", last / first));
    }

    private static void ratio(StringBuilder out, String label, List<Integer> sizes,
                              java.util.function.IntToDoubleFunction ratio) {
        out.append(String.format("%-30s", label));
        sizes.forEach(size -> out.append(String.format(" | %16.1fx", ratio.applyAsDouble(size))));
        out.append('\n');
    }

    private static QuietTimings.Timing find(List<QuietTimings.Timing> timings, String name) {
        return timings.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
