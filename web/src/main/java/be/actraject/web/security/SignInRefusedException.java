package be.actraject.web.security;

import org.springframework.security.authentication.BadCredentialsException;

/** A sign-in refused, with what the login page may tell about it. */
class SignInRefusedException extends BadCredentialsException {

    private final transient LoginNotice notice;

    SignInRefusedException(LoginNotice notice) {
        super("Bad credentials");
        this.notice = notice;
    }

    LoginNotice notice() {
        return notice;
    }
}
