package be.actraject.web.submission;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.util.Optional;

/** Notes where a response redirected to: by {@code sendRedirect}, or by a 3xx status with its Location header. */
final class RedirectCapture extends HttpServletResponseWrapper {

    private String redirectedTo;

    RedirectCapture(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        redirectedTo = location;
        super.sendRedirect(location);
    }

    /** Where the response redirected to; empty when it was no redirect. */
    Optional<String> location() {
        if (redirectedTo != null) {
            return Optional.of(redirectedTo);
        }
        int status = getStatus();
        return status >= 300 && status < 400 ? Optional.ofNullable(getHeader(HttpHeaders.LOCATION)) : Optional.empty();
    }
}
