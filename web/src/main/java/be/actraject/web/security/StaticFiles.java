package be.actraject.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;
import java.util.List;

/**
 * The static files (style sheets, scripts, images of {@code static/} and the webjars), served without reading or
 * writing the session. A browser fetches them alongside a page — the icon even after it — and Spring Session writes a
 * session it read back when the request ends, with the id as it read it (JDBC: {@code UPDATE … SET SESSION_ID = ?
 * WHERE PRIMARY_ID = ?}). Fetched while the sign-in changes that id (session fixation protection), such a request
 * would store the old id again and the new cookie would find no session: a sign-in that now and then lands on the
 * login page again. Three readers are kept away: Spring Security (its own chain, {@code staticFilesChain}), the
 * dispatcher's flash attributes ({@link #flashMapManager()}) and its request-handled event, which names the session
 * ({@code spring.mvc.publish-request-handled-events: false}). {@code StaticFilesTest} checks, through the real server,
 * that the row stays as it was.
 */
@Configuration(proxyBeanMethods = false)
public class StaticFiles {

    /** The paths, as Spring Security and the resource handler match them. */
    static final String[] PATTERNS = {"/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico"};

    private static final List<PathPattern> PARSED = Arrays.stream(PATTERNS)
            .map(PathPatternParser.defaultInstance::parse).toList();

    /** Whether the request asks for a static file (the path within the application). */
    static boolean requested(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return PARSED.stream().anyMatch(pattern -> pattern.matches(container));
    }

    /**
     * The dispatcher's flash attributes in the session, as Spring MVC keeps them, except for a static file: the
     * dispatcher looks for flash attributes on every request it serves, and that look-up reads the session.
     */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new SessionFlashMapManager() {
            @Override
            protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
                return requested(request) ? null : super.retrieveFlashMaps(request);
            }
        };
    }
}
