package be.actraject.web.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The page a form was posted from, read from the request's {@code Referer}, to send a refused POST back there. Only a
 * page of this application counts: a Referer of another host, port or scheme, one outside the context path, or one
 * whose path would read as another host ({@code //evil.example}) is not followed, so the answer cannot become an open
 * redirect.
 */
final class FormOrigin {

    private FormOrigin() {
    }

    /**
     * @return the page's path within the application (without the context path) and its query, as sent, e.g.
     * {@code /tasks?mine=true}; empty when the request has no usable same-origin Referer
     */
    static Optional<String> of(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null || referer.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!sameOrigin(uri, request) || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String context = request.getContextPath();
        if (!uri.getRawPath().startsWith(context + "/")) {
            return Optional.empty();
        }
        String path = uri.getRawPath().substring(context.length());
        // "redirect:" would send "//host/x" as a protocol-relative address, another site's.
        if (path.startsWith("//")) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    /** The request's own scheme, host and port, as the forwarded headers (when trusted) make them. */
    private static boolean sameOrigin(URI uri, HttpServletRequest request) {
        return uri.isAbsolute() && request.getScheme().equalsIgnoreCase(uri.getScheme())
                && request.getServerName().equalsIgnoreCase(uri.getHost())
                && request.getServerPort() == port(uri);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
