package be.actraject.load;

import be.actraject.web.support.StatementCounter;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * The SQL statements of each page a node serves under load. Only the harness adds this configuration to the nodes it
 * starts (as a source of their application), so that production code carries no switch for it: the data source is
 * wrapped by datasource-proxy ({@link StatementCounter}), which counts per thread, and a servlet filter outside all
 * others — the session's included, so that reading and writing the session count too — resets the count when a
 * request comes in and records it when the response is done. The page is named by the harness's request header
 * {@value #PAGE}; requests without it (none in a run) are not recorded.
 */
@Configuration(proxyBeanMethods = false)
@Import(StatementCounter.Configuration.class)
public class PageStatements {

    static final String PAGE = "X-Load-Page";
    static final String USER = "X-Load-User";

    /**
     * One request: its page, who asked and for what address, the node that served it (its port), the statements it
     * sent and when it finished.
     */
    record Sample(String page, String user, String uri, int node, long statements, long atNanos) {
    }

    private static final Queue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();

    @Bean
    FilterRegistrationBean<Filter> statementsPerPage() {
        Filter filter = (request, response, chain) -> {
            String page = ((HttpServletRequest) request).getHeader(PAGE);
            if (page == null) {
                chain.doFilter(request, response);
                return;
            }
            StatementCounter.reset();
            try {
                chain.doFilter(request, response);
            } finally {
                HttpServletRequest http = (HttpServletRequest) request;
                String uri = http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
                SAMPLES.add(new Sample(page, http.getHeader(USER), uri, http.getLocalPort(), StatementCounter.count(),
                        System.nanoTime()));
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Forgets the samples of an earlier run. */
    static void clear() {
        SAMPLES.clear();
    }

    static List<Sample> samples() {
        return new ArrayList<>(SAMPLES);
    }

    /** Statements per request of each page: mean and highest, by page name. */
    static Map<String, java.util.LongSummaryStatistics> perPage(List<Sample> samples) {
        return samples.stream().collect(Collectors.groupingBy(Sample::page, TreeMap::new,
                Collectors.summarizingLong(Sample::statements)));
    }
}
