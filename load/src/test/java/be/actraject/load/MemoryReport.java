package be.actraject.load;

import be.actraject.load.MemoryAndStartupTest.Sample;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The tables {@link MemoryAndStartupTest} prints: the start-ups side by side, and the memory through the requests. */
final class MemoryReport {

    private MemoryReport() {
    }

    static String startup(List<String> flags, List<Sample> product, List<Sample> bare, Map<String, Double> productSteps,
                          Map<String, Double> bareSteps) {
        StringBuilder out = new StringBuilder(String.format(
                "%nStart-up, each a JVM of its own (%s), on an empty PostgreSQL database, %d round(s) interleaved%n",
                String.join(" ", flags), product.size()));
        out.append(String.format("%-34s | %-22s | %8s | %7s | %13s%n", "application (first 200 of)", "rounds s",
                "median s", "RSS MB", "heap after GC"));
        out.append(row("product, no demo (/login)", product));
        out.append(row("bare Spring Boot + Camunda (/engine)", bare));
        out.append(String.format("%nWhere the time went (last round; s after launch)%n%-32s | %7s | %7s%n", "step",
                "product", "bare"));
        Set<String> steps = new LinkedHashSet<>(StartupMilestones.STEPS.stream().map(StartupMilestones.Step::name)
                .toList());
        for (String step : steps) {
            out.append(String.format("%-32s | %7s | %7s%n", step, seconds(productSteps.get(step)),
                    seconds(bareSteps.get(step))));
        }
        return out.toString();
    }

    static String memory(List<String> flags, int requests, int threads, List<Sample> samples, long residentBound,
                         long leakMargin) {
        StringBuilder out = new StringBuilder(String.format("%nMemory of the product with the demo data (%s): %d "
                        + "requests of the list pages and a dossier from %d threads%n", String.join(" ", flags),
                requests, threads));
        out.append(String.format("%-26s | %9s | %7s | %13s%n", "when", "s", "RSS MB", "heap after GC"));
        for (Sample s : samples) {
            out.append(String.format("%-26s | %9.1f | %7d | %10d MB%n", s.what(), s.millis() / 1000.0, s.residentMb(),
                    s.heapAfterGcMb()));
        }
        Sample last = samples.get(samples.size() - 1);
        out.append(String.format("%.1f requests/s; bounds: RSS <= %d MB, heap after GC halfway -> end <= +%d MB "
                        + "(grew %+d MB)%n", requests / (last.millis() / 1000.0), residentBound, leakMargin,
                last.heapAfterGcMb() - samples.get(samples.size() - 2).heapAfterGcMb()));
        return out.toString();
    }

    private static String row(String name, List<Sample> samples) {
        Sample last = samples.get(samples.size() - 1);
        return String.format("%-34s | %-22s | %8.1f | %7d | %10d MB%n", name, samples.stream()
                        .map(s -> String.format("%.1f", s.millis() / 1000.0)).collect(Collectors.joining(", ")),
                MemoryAndStartupTest.median(samples) / 1000.0, last.residentMb(), last.heapAfterGcMb());
    }

    private static String seconds(Double s) {
        return s == null ? "-" : String.format("%.1f", s);
    }
}
