package be.actraject.web.security;

import be.actraject.bpmn.identity.DeviceCookies;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import java.io.IOException;

/**
 * After a successful sign-in with the form: a new device cookie for this browser, naming the person who signed in
 * ({@link DeviceCookie}), then on to the page they asked for, or the worklist. The web slices run without the engine,
 * and so without device cookies.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final ObjectProvider<DeviceCookies> devices;

    SignInSuccessHandler(ObjectProvider<DeviceCookies> devices) {
        this.devices = devices;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        DeviceCookies cookies = devices.getIfAvailable();
        if (cookies != null && authentication.getPrincipal() instanceof SignedInUser user) {
            DeviceCookie.set(request, response, cookies.issue(user.userId()), cookies.lifetime());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
