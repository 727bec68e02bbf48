package be.actraject.web.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain HTTP against the application on its real port, with a cookie jar and without following redirects: for what
 * MockMvc does not do — the servlet container's error pages, its valves (forwarded headers), its multipart limits.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    public WebClient(int port) {
        this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    /**
     * A client with a cookie jar shared with others: cookies do not depend on the port, so clients of two nodes on
     * localhost with one jar are one browser behind a load balancer.
     */
    public WebClient(int port, CookieHandler cookies) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in with the demo password; the session stays in this client's cookies. */
    public WebClient signIn(String user) {
        HttpResponse<String> signedIn = post("/login", Map.of("username", user, "password", DemoAccounts.PASSWORD,
                "_csrf", csrf("/login")));
        assertThat(signedIn.headers().firstValue("Location")).as("signed in as " + user)
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return this;
    }

    /** The CSRF token of the form on a page. */
    public String csrf(String path) {
        Matcher token = CSRF.matcher(get(path).body());
        assertThat(token.find()).as("a form with a CSRF token on " + path).isTrue();
        return token.group(1);
    }

    /** @param headers name, value, name, value… */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * A multipart form with one file of {@code size} bytes and the given fields.
     *
     * @param declareLength false to send the body in chunks, without a Content-Length
     */
    public HttpResponse<String> upload(String path, Map<String, String> fields, int size, boolean declareLength,
                                       String... headers) {
        String boundary = "----actraject-test-boundary";
        StringBuilder head = new StringBuilder();
        new LinkedHashMap<>(fields).forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"large.pdf\"\r\n")
                .append("Content-Type: application/pdf\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + size + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(end, 0, body, start.length + size, end.length);
        HttpRequest.BodyPublisher publisher = declareLength ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
        return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher).build());
    }

    public HttpResponse<String> send(String method, String path, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** As a browser asks, unless the headers say otherwise. */
    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!java.util.Arrays.asList(headers).contains("Accept")) {
            request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
