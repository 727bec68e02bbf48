package be.actraject.web.support;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * MockMvc with the sessions in the database (Spring Session JDBC). The tests sign in once and pass the
 * {@link MockHttpSession} of that request to the next ones ({@code .session(coach)}), as they did when the session was
 * the servlet container's; Spring Session's filter reads the session from its cookie instead, which MockMvc does not
 * carry from one request to the next. This keeps the cookie in the {@link MockHttpSession}: after each request, the
 * session cookie the application set (or cleared) is noted in that request's {@link MockHttpSession}; before each
 * request, the noted cookie is sent again. The session itself — security context, CSRF token, flash — goes through the
 * database as a browser's does.
 *
 * <p>Added to every {@code @AutoConfigureMockMvc} context by {@code
 * META-INF/spring/org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc.imports}; where there
 * is no session store (the {@code @WebMvcTest} slices) no such cookie is ever set, and it does nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DatabaseSessionsForMockMvc {

    /** Spring Session's cookie (its default name; application.yml leaves it). */
    public static final String COOKIE = "SESSION";
    /** Where the cookie's value is kept in the {@link MockHttpSession}. */
    static final String NOTED = DatabaseSessionsForMockMvc.class.getName() + ".cookie";

    @Bean
    MockMvcBuilderCustomizer databaseSessionCookie() {
        return builder -> builder.defaultRequest(get("/").with(sendNotedCookie())).alwaysDo(noteCookie());
    }

    private static RequestPostProcessor sendNotedCookie() {
        return request -> {
            if (request.getSession(false) instanceof MockHttpSession session && !session.isInvalid()
                    && session.getAttribute(NOTED) instanceof String value && !sends(request)) {
                Cookie[] sent = request.getCookies() == null ? new Cookie[0] : request.getCookies();
                request.setCookies(Stream.concat(Arrays.stream(sent), Stream.of(new Cookie(COOKIE, value)))
                        .toArray(Cookie[]::new));
            }
            return request;
        };
    }

    private static boolean sends(MockHttpServletRequest request) {
        return request.getCookies() != null && Arrays.stream(request.getCookies())
                .anyMatch(c -> COOKIE.equals(c.getName()));
    }

    private static ResultHandler noteCookie() {
        return result -> {
            Cookie set = result.getResponse().getCookie(COOKIE);
            if (set == null) {
                return;
            }
            HttpSession session = result.getRequest().getSession(true);
            if (set.getMaxAge() == 0) {
                session.removeAttribute(NOTED);
            } else {
                session.setAttribute(NOTED, set.getValue());
            }
        };
    }
}
