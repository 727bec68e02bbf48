package be.actraject.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * After a refused sign-in: back to the login page, with what it may say (the lock and how long) and the user name
 * as typed kept in the session for that one page.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String NOTICE = LoginFailureHandler.class.getName() + ".notice";

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        LoginNotice notice = exception instanceof SignInRefusedException refused ? refused.notice()
                : new LoginNotice(request.getParameter("username"), LoginNotice.Reason.WRONG, null, null);
        request.getSession().setAttribute(NOTICE, notice);
        super.onAuthenticationFailure(request, response, exception);
    }
}
