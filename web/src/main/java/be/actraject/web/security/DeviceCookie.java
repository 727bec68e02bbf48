package be.actraject.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import java.time.Duration;

/**
 * The browser's side of the device cookies that sign-in issues (the bpmn module's {@code DeviceCookies}): HttpOnly
 * (no script reads it), {@code Secure} when the request came over HTTPS — behind a proxy, as its
 * {@code X-Forwarded-Proto} says — {@code SameSite=Lax}, as long-lived as the cookie is valid, and sent only to the
 * login form's address: no other request needs it, and no other request should carry it.
 */
final class DeviceCookie {

    static final String NAME = "actraject-device";
    private static final String PATH = "/login";

    private DeviceCookie() {
    }

    /** The device cookie the browser sent, or null. */
    static String of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    static void set(HttpServletRequest request, HttpServletResponse response, String value, Duration lifetime) {
        ResponseCookie cookie = ResponseCookie.from(NAME, value)
                .path(request.getContextPath() + PATH)
                .maxAge(lifetime)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
