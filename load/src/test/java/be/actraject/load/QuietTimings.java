package be.actraject.load;

import be.actraject.web.support.DemoAccounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.task.WorklistQuery;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.domain.access.Actor;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every list page timed alone, on a quiet node, after the scripted day: one person at a time, {@value #REQUESTS}
 * requests after {@value #WARM_UP} unmeasured ones, the median and the 95th percentile through the whole stack
 * (HTTP, security, session, controller, engine, domain, template). The same, for the worklist pages, for the engine's
 * own paged task query with the same filter and order ({@code TaskService}: a page of 25 and its count), in the node's
 * JVM. Measured at each size of one harness run, so that the growth from the first size to the last, and the
 * worklist against the engine, are read from one run on one machine (issue 19's Done-when). Under load the times are
 * the scripted day's; here they are each page's own.
 */
final class QuietTimings {

    static final int WARM_UP = 20;
    static final int REQUESTS = 40;
    /** Requests of each scope to the bare application before any is timed: what its JIT needs to be warm. */
    static final int BARE_WARM_UP = 500;
    private static final int PAGE = 25;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SUBMISSION = Pattern.compile("name=\"_submission\" value=\"([^\"]+)\"");

    /**
     * One list page: who reads it, where, and a part only that page has (an error page has none). A path with
     * {@code {id}} is a page of one record, whose id is the first group of {@code link} on {@code linkedFrom}.
     */
    record ListPage(String name, String user, String path, String marker, String linkedFrom, Pattern link) {

        ListPage(String name, String user, String path, String marker) {
            this(name, user, path, marker, null, null);
        }
    }

    /** The engine's own query for a worklist page, for the same person. */
    record EngineQuery(String name, String user, Function<TaskService, TaskQuery> query) {
    }

    /**
     * A page's or a query's median and 95th percentile in ms, and its first request's (the first unmeasured one): for
     * a page whose counts or look are kept a while once many run (worklist, watch), what the look made afresh costs.
     */
    record Timing(String name, double p50, double p95, double first, double kilobytes) {
    }

    static final List<ListPage> PAGES = List.of(
            new ListPage("worklist mine (coach)", "coach", "/tasks?scope=MINE", "data-testid=\"worklist-scopes\""),
            new ListPage("worklist claimable (coach)", "coach", "/tasks?scope=CLAIMABLE",
                    "data-testid=\"worklist-scopes\""),
            new ListPage("worklist all (coordinator)", "coordinator", "/tasks?scope=ALL",
                    "data-testid=\"worklist-scopes\""),
            new ListPage("candidate list (coach)", "coach", "/candidates", "data-testid=\"candidate-filters\""),
            new ListPage("candidate list (coordinator)", "coordinator", "/candidates",
                    "data-testid=\"candidate-filters\""),
            new ListPage("search (coach)", "coach", "/search?q=Kandidaat", "id=\"search-q\""),
            new ListPage("agenda (coach)", "coach", "/agenda", "data-testid=\"agenda-title\""),
            new ListPage("agenda (coordinator)", "coordinator", "/agenda", "data-testid=\"agenda-title\""),
            new ListPage("agenda month (coach)", "coach", "/agenda?view=month", "data-testid=\"agenda-title\""),
            new ListPage("agenda month (coordinator)", "coordinator", "/agenda?view=month",
                    "data-testid=\"agenda-title\""),
            new ListPage("invoice book (office)", "office", "/invoices", "data-testid=\"book-filters\""),
            new ListPage("stuck trajectories (admin)", "admin", "/admin/stuck", "data-testid=\"stuck-counts\""),
            // Two kinds whose checks read every running trajectory: one without activity, one without its process.
            new ListPage("stuck, idle only (admin)", "admin", "/admin/stuck?kind=IDLE",
                    "data-testid=\"stuck-overview\""),
            new ListPage("stuck, no process only (admin)", "admin", "/admin/stuck?kind=NO_PROCESS",
                    "data-testid=\"stuck-overview\""),
            new ListPage("sector groups (coach)", "coach", "/sector-groups", "data-testid=\"sector-groups\""),
            // The demo's group the coach keeps: its members and the candidates she may place in it.
            new ListPage("sector group (coach)", "coach", "/sector-groups/{id}", "data-testid=\"add-member\"",
                    "/sector-groups", Pattern.compile("href=\"/sector-groups/(\\d+)\">Horeca")),
            new ListPage("models (coordinator)", "coordinator", "/models", "data-testid=\"models\""),
            new ListPage("reports (coordinator)", "coordinator", "/reports", "data-testid=\"report-form\""),
            new ListPage("reports (coach)", "coach", "/reports", "data-testid=\"report-form\""));

    static final List<EngineQuery> ENGINE = List.of(
            new EngineQuery("worklist mine (coach)", "coach",
                    tasks -> tasks.createTaskQuery().taskAssignee("coach").active()),
            new EngineQuery("worklist claimable (coach)", "coach",
                    tasks -> tasks.createTaskQuery().taskCandidateUser("coach").active()),
            new EngineQuery("worklist all (coordinator)", "coordinator",
                    tasks -> tasks.createTaskQuery().active()));

    private QuietTimings() {
    }

    /** Each list page, person by person, against the first node. */
    static List<Timing> pages(String baseUrl) throws IOException, InterruptedException {
        Map<String, HttpClient> signedIn = new LinkedHashMap<>();
        List<Timing> timings = new ArrayList<>();
        for (ListPage page : PAGES) {
            HttpClient client = signedIn.get(page.user());
            if (client == null) {
                client = signIn(baseUrl, page.user());
                signedIn.put(page.user(), client);
            }
            HttpClient c = client;
            String path = page.linkedFrom() == null ? page.path()
                    : page.path().replace("{id}", linked(c, baseUrl + page.linkedFrom(), page.link()));
            timings.add(time(page.name(), () -> {
                HttpResponse<String> response = c.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Accept-Language", "nl-BE").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains(page.marker())) {
                    throw new IllegalStateException(page.name() + ": " + response.statusCode() + " without "
                            + page.marker());
                }
                return response.body().getBytes(StandardCharsets.UTF_8).length;
            }));
        }
        return timings;
    }

    /** The first group of {@code link} on the page at {@code url}: the id of the record a page of one shows. */
    static String linked(HttpClient client, String url, Pattern link) throws IOException,
            InterruptedException {
        String body = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "nl-BE").GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher found = link.matcher(body);
        if (!found.find()) {
            throw new IllegalStateException(url + " links no " + link);
        }
        return found.group(1);
    }

    /** The engine's own page of 25 and its count, ordered as the worklist's default order, in the node's JVM. */
    static List<Timing> engine(ConfigurableApplicationContext node) throws IOException, InterruptedException {
        TaskService tasks = node.getBean(TaskService.class);
        List<Timing> timings = new ArrayList<>();
        for (EngineQuery q : ENGINE) {
            timings.add(time(q.name(), () -> {
                q.query().apply(tasks).orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, PAGE);
                q.query().apply(tasks).count();
                return 0;
            }));
        }
        return timings;
    }

    /**
     * The engine's own page and count for the same worklist pages over HTTP, served by the bare Camunda application
     * ({@code BareCamundaApplication}'s {@code GET /tasks}) on the same database: what a client of the engine's REST
     * API waits for, to set beside the worklist page, which is HTTP too.
     */
    static List<Timing> bare(String bareUrl) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Map<EngineQuery, Call> calls = new LinkedHashMap<>();
        for (EngineQuery q : ENGINE) {
            String scope = q.name().contains("claimable") ? "CLAIMABLE" : q.name().contains("all") ? "ALL" : "MINE";
            URI uri = URI.create(bareUrl + "/tasks?scope=" + scope + "&user=" + enc(q.user()));
            calls.put(q, () -> {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("\"count\"")) {
                    throw new IllegalStateException("bare application " + uri + ": " + response.statusCode());
                }
                return response.body().getBytes(StandardCharsets.UTF_8).length;
            });
        }
        // The node has served the whole scripted day before it is timed; the bare application nothing. Without this
        // its JIT is cold when timed and the first scope timed is the slowest (12 / 9 / 4.4 ms at 300 in stop 35's
        // run): the comparison would flatter the page.
        for (int i = 0; i < BARE_WARM_UP; i++) {
            for (Call call : calls.values()) {
                call.run();
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (Map.Entry<EngineQuery, Call> q : calls.entrySet()) {
            timings.add(time(q.getKey().name(), q.getValue()));
        }
        return timings;
    }

    /**
     * The worklist's own service for the same pages ({@code WorkItems.worklist}: the engine's and the domain's reads
     * the page needs, its counts included), in the node's JVM, without HTTP, session and template.
     */
    static List<Timing> service(ConfigurableApplicationContext node) throws IOException, InterruptedException {
        WorkItems items = node.getBean(WorkItems.class);
        List<Timing> timings = new ArrayList<>();
        for (EngineQuery q : ENGINE) {
            WorklistScope scope = q.name().contains("claimable") ? WorklistScope.CLAIMABLE
                    : q.name().contains("all") ? WorklistScope.ALL : WorklistScope.MINE;
            Actor actor = q.user().equals("coordinator") ? Actor.of(q.user(), Role.COORDINATOR)
                    : Actor.of(q.user(), Role.COACH);
            timings.add(time(q.name(), () -> {
                items.worklist(WorklistQuery.of(scope), actor);
                return 0;
            }));
        }
        return timings;
    }

    /** One request or query; what it answered, in bytes (0 for a query in the node's JVM). */
    private interface Call {
        long run() throws IOException, InterruptedException;
    }

    private static Timing time(String name, Call call) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long bytes = call.run();
        double first = (System.nanoTime() - start) / 1e6;
        for (int i = 1; i < WARM_UP; i++) {
            call.run();
        }
        double[] ms = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t0 = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(name, ms[REQUESTS / 2], ms[(int) Math.ceil(REQUESTS * 0.95) - 1], first, bytes / 1024.0);
    }

    static HttpClient signIn(String baseUrl, String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder body = new StringBuilder("username=" + enc(user) + "&password=" + enc(DemoAccounts.PASSWORD)
                + "&_csrf=" + enc(find(CSRF, form)));
        Matcher submission = SUBMISSION.matcher(form);
        if (submission.find()) {
            body.append("&_submission=").append(enc(submission.group(1)));
        }
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + user + " refused: " + answer.statusCode() + " "
                    + location);
        }
        return client;
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " on the sign-in page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
