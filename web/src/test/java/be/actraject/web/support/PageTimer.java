package be.actraject.web.support;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Arrays;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What one page costs through the whole stack (security, controller, services, template), for the load harnesses:
 * the SQL statements of one request and the median and 95th-percentile time of repeated requests after warming up
 * (templates compiled, caches and the JIT warm). Needs {@link StatementCounter.Configuration} in the context.
 */
public final class PageTimer {

    /** Statements of one request; times in milliseconds; size of the page in bytes. */
    public record Measure(long statements, double medianMs, double p95Ms, int bytes) {
    }

    private final MockMvc mvc;
    private final int warmUp;
    private final int repeats;

    public PageTimer(MockMvc mvc, int warmUp, int repeats) {
        this.mvc = mvc;
        this.warmUp = warmUp;
        this.repeats = repeats;
    }

    /**
     * The SQL statements one GET of {@code url} as {@code who} costs, after one request that warms templates and
     * caches; fails when the page does not answer 200.
     */
    public static long statementsOf(MockMvc mvc, String url, RequestPostProcessor who) throws Exception {
        mvc.perform(get(url).with(who)).andExpect(status().isOk());
        StatementCounter.reset();
        mvc.perform(get(url).with(who)).andExpect(status().isOk());
        return StatementCounter.count();
    }

    /** Measures a GET of {@code url} as {@code who}; fails when the page does not answer 200. */
    public Measure measure(String url, RequestPostProcessor who) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            mvc.perform(get(url).with(who)).andExpect(status().isOk());
        }
        StatementCounter.reset();
        int bytes = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray().length;
        long statements = StatementCounter.count();
        long[] nanos = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            mvc.perform(get(url).with(who)).andExpect(status().isOk());
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return new Measure(statements, nanos[repeats / 2] / 1e6, nanos[(int) (repeats * 0.95)] / 1e6, bytes);
    }
}
