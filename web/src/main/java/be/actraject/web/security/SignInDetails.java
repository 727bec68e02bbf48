package be.actraject.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the login form's request tells sign-in beyond the name and password: the client's address and the device
 * cookie it sent. The cookie is {@code transient} and not kept beyond the attempt: {@link
 * EngineIdentityAuthenticationProvider} gives the signed-in session plain {@link WebAuthenticationDetails}.
 */
final class SignInDetails extends WebAuthenticationDetails {

    private final transient String deviceCookie;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.deviceCookie = DeviceCookie.of(request);
    }

    String deviceCookie() {
        return deviceCookie;
    }
}
