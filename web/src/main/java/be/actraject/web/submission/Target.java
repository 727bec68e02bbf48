package be.actraject.web.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Objects;

/**
 * Where a repeated form is sent: the address its first arrival redirected to, or the page the form was on.
 *
 * @param location the address for the Location header
 * @param path     its path, which the flash message is meant for
 * @param query    its query string, or null
 */
record Target(String location, String path, String query) {

    static Target of(String location) {
        UriComponents uri = UriComponentsBuilder.fromUriString(location).build();
        return new Target(location, Objects.requireNonNullElse(uri.getPath(), "/"), uri.getQuery());
    }

    /**
     * The form's page from the Referer, only its path and query so that nobody is sent off this site; the address
     * the form was sent to when there is no Referer.
     */
    static Target back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                UriComponents uri = UriComponentsBuilder.fromUriString(referer).build();
                if (uri.getPath() != null && uri.getPath().startsWith("/")) {
                    String location = uri.getQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getQuery();
                    return new Target(location, uri.getPath(), uri.getQuery());
                }
            } catch (IllegalArgumentException e) {
                // Not an address: back to the form's own address below.
            }
        }
        return new Target(request.getRequestURI(), request.getRequestURI(), null);
    }

    /** The request as if it asked for this target: what the flash maps are matched against. */
    HttpServletRequest request(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return path;
            }

            @Override
            public String getQueryString() {
                return query;
            }
        };
    }
}
