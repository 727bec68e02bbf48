package be.actraject.web.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Set;

/**
 * The address of the page being read, in another language: the same path and query with {@code lang} set, so that
 * switching to English keeps the day, the kind, the page and the filters ({@code ?lang=en} alone showed another day's
 * list with a warning). A page answered to a POST — a form refused, shown at the address it was posted to, which
 * often takes no GET ({@code /groups/1/sessions}: a 405) — links to the nearest address above it that a GET reads
 * ({@code /groups/1}), with the query the form's page had when it is the page the form came from
 * ({@link FormOrigin}). Used by the layout as {@code @languageLinks.to('en')}.
 */
@Component("languageLinks")
public class LanguageLinks {

    private final RequestMappingHandlerMapping mappings;

    LanguageLinks(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /**
     * @param language a language tag the locale resolver takes ({@code nl}, {@code en})
     * @return an address within the application, with its context path, e.g. {@code /agenda?date=2026-12-17&lang=en}
     */
    public String to(String language) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        String page = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? asRead(request)
                : readableAbove(request);
        try {
            return request.getContextPath() + UriComponentsBuilder.fromUriString(page)
                    .replaceQueryParam("lang", language).build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            // A query sent with characters a browser would have encoded: the page without it.
            return request.getContextPath() + pathOf(page) + "?lang=" + language;
        }
    }

    /** The path (without the context path) and query the browser asked for; an error page's is the failed path. */
    private static String asRead(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed != null ? failed.toString() : request.getRequestURI();
        String query = failed != null ? null : request.getQueryString();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        // A path of "//host" would read as another site's address.
        if (path.isEmpty() || !path.startsWith("/") || path.startsWith("//")) {
            path = "/";
        }
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** The posted address or the nearest one above it that a GET reads, with the form's page's query if it is that. */
    private String readableAbove(HttpServletRequest request) {
        String path = pathOf(asRead(request));
        while (!"/".equals(path) && !readable(path)) {
            path = path.substring(0, Math.max(1, path.lastIndexOf('/')));
        }
        String found = path;
        return FormOrigin.of(request).filter(origin -> pathOf(origin).equals(found)).orElse(found);
    }

    private boolean readable(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && mapping.getPathPatternsCondition() != null
                    && mapping.getParamsCondition().getExpressions().isEmpty()
                    && mapping.getPathPatternsCondition().getPatterns().stream().anyMatch(p -> p.matches(container))) {
                return true;
            }
        }
        return false;
    }

    private static String pathOf(String page) {
        int query = page.indexOf('?');
        return query < 0 ? page : page.substring(0, query);
    }
}
