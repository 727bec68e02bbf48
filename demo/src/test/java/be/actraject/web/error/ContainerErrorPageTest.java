package be.actraject.web.error;

import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.LogEvents;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that Tomcat (or Spring Security's firewall) refuses before any controller, sent over a raw socket because
 * an HTTP client would correct them first: each is answered with our page in Dutch and English, a reference that
 * stands in one log line, and nothing of Tomcat's own page — no server name or version, no exception text.
 */
@FullStackTest
class ContainerErrorPageTest {

    private static final Pattern REFERENCE = Pattern.compile("data-reference=\"([2-9A-Z]{8})\"");

    @LocalServerPort
    int port;

    /**
     * A request as it goes over the wire, minus the Host header and the blank line that ends it; {@code container}
     * when Tomcat refuses it (its page in both languages), else Spring Security's firewall does (the application's
     * page, in the visitor's language).
     */
    record Refused(String name, String head, int status, boolean container) {
        Refused(String name, String head, int status) {
            this(name, head, status, true);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refused> refused() {
        return Stream.of(
                new Refused("a lone percent sign", "GET /% HTTP/1.1", 400),
                new Refused("a percent sign without hex digits", "GET /candidates/%zz HTTP/1.1", 400),
                new Refused("an invalid character in the path", "GET /candidates/a|b HTTP/1.1", 400),
                new Refused("an invalid character in the query", "GET /tasks?a={b} HTTP/1.1", 400),
                new Refused("a space in a header's name", "GET /login HTTP/1.1\r\nBad Header: x", 400),
                new Refused("a header too long", "GET /login HTTP/1.1\r\nX-Long: " + "x".repeat(20_000), 400),
                new Refused("an encoded slash going up", "GET /candidates/..%2f..%2fadmin HTTP/1.1", 400),
                new Refused("a session id in the path", "GET /login;jsessionid=0A1B2C;x=y; HTTP/1.1", 400,
                        false),
                new Refused("an encoded null byte", "GET /candidates/%00 HTTP/1.1", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aRequestRefusedBeforeTheApplicationGetsOurPageInBothLanguages(Refused request) throws IOException {
        try (LogEvents log = LogEvents.capture(ErrorPage.class.getName(), Level.INFO)) {
            String answer = send(request.head());

            assertThat(answer).startsWith("HTTP/1.1 " + request.status() + " ");
            String body = body(answer);
            assertThat(body).contains("data-testid=\"error-page\"", "data-status=\"" + request.status() + "\"",
                    "Dit verzoek klopt niet", "/css/actraject.css");
            if (request.container()) {
                assertThat(body).contains("This request is not right", "Reference ");
            }
            assertThat(answer).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception", "java.",
                    "Invalid", "HTTP Status");
            Matcher reference = REFERENCE.matcher(body);
            assertThat(reference.find()).as("a reference on the page").isTrue();
            assertThat(body).contains("Referentie " + reference.group(1));
            assertThat(log.lines("ref=" + reference.group(1))).singleElement().asString()
                    .startsWith("HTTP " + request.status() + " ref=" + reference.group(1) + " ");
        }
    }

    /** The answer's body, put together again if it came in chunks (an answer of the application's own). */
    private static String body(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String body = answer.substring(end + 4);
        if (!answer.substring(0, end).toLowerCase().contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder joined = new StringBuilder();
        int at = 0;
        while (true) {
            int line = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, line).strip(), 16);
            if (size == 0) {
                return joined.toString();
            }
            // Sizes count bytes; the pages are ASCII but for their few accented letters, counted in UTF-8 below.
            byte[] rest = body.substring(line + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            joined.append(chunk);
            at = line + 2 + chunk.length() + 2;
        }
    }

    /** The whole answer; the request asks the server to close the connection after it. */
    private String send(String head) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String[] lines = head.split("\r\n", 2);
            String request = lines[0] + "\r\nHost: localhost:" + port + "\r\nAccept: text/html\r\nConnection: close\r\n"
                    + (lines.length > 1 ? lines[1] + "\r\n" : "") + "\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
