package be.actraject.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests of the memory run: the list pages of {@link QuietTimings#PAGES} (the worklist's scopes, the candidate
 * lists, the search, the agenda, the invoice book, {@code /admin/stuck}, the models and the figures) and a coach's
 * dossier, in turn, by the people who read them (signed in once each, with the CSRF sign-in of the harness), from a
 * few threads at once. Every answer must be the page's own (200 and a part only it has).
 */
final class ListRequests {

    private static final Pattern DOSSIER_LINK = Pattern.compile("href=\"(/candidates/\\d+)\"");

    private final String baseUrl;
    private final List<QuietTimings.ListPage> pages;
    private final Map<String, HttpClient> signedIn;
    private final AtomicInteger next = new AtomicInteger();

    private ListRequests(String baseUrl, List<QuietTimings.ListPage> pages, Map<String, HttpClient> signedIn) {
        this.baseUrl = baseUrl;
        this.pages = pages;
        this.signedIn = signedIn;
    }

    /** Signs in every reader of the pages and finds the coach's first dossier. */
    static ListRequests signIn(String baseUrl) throws IOException, InterruptedException {
        Map<String, HttpClient> clients = new HashMap<>();
        for (QuietTimings.ListPage page : QuietTimings.PAGES) {
            if (!clients.containsKey(page.user())) {
                clients.put(page.user(), QuietTimings.signIn(baseUrl, page.user()));
            }
        }
        String candidates = get(clients.get("coach"), baseUrl + "/candidates").body();
        Matcher dossier = DOSSIER_LINK.matcher(candidates);
        if (!dossier.find()) {
            throw new IllegalStateException("no dossier on the coach's candidate list");
        }
        List<QuietTimings.ListPage> pages = new ArrayList<>();
        for (QuietTimings.ListPage page : QuietTimings.PAGES) {
            // A page of one record ("/sector-groups/{id}") is asked with the id its list links, as the timings do.
            pages.add(page.linkedFrom() == null ? page : new QuietTimings.ListPage(page.name(), page.user(),
                    page.path().replace("{id}", QuietTimings.linked(clients.get(page.user()),
                            baseUrl + page.linkedFrom(), page.link())), page.marker()));
        }
        pages.add(new QuietTimings.ListPage("dossier (coach)", "coach", dossier.group(1), "<h1"));
        return new ListRequests(baseUrl, List.copyOf(pages), clients);
    }

    /**
     * Sends {@code count} more requests, the pages in turn, from {@code threads} threads.
     *
     * @throws IllegalStateException at the first answer that is not the page's own
     */
    void send(int count, int threads) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(count);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (failure.get() == null && left.getAndDecrement() > 0) {
                        QuietTimings.ListPage page = pages.get(Math.floorMod(next.getAndIncrement(), pages.size()));
                        try {
                            HttpResponse<String> answer = get(signedIn.get(page.user()), baseUrl + page.path());
                            if (answer.statusCode() != 200 || !answer.body().contains(page.marker())) {
                                failure.compareAndSet(null, new IllegalStateException(page.name() + ": "
                                        + answer.statusCode() + " without " + page.marker()));
                            }
                        } catch (IOException | InterruptedException e) {
                            failure.compareAndSet(null, new IllegalStateException(page.name(), e));
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "nl-BE").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
