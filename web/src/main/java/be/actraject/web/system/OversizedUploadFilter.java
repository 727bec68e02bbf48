package be.actraject.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends an upload larger than the server's multipart limit ({@code spring.servlet.multipart.max-request-size}) back
 * to its form with the form's message, before anything reads its body.
 * <p>
 * Why a filter, before Spring Security's: the CSRF filter looks for the token among the form's fields, which makes
 * Tomcat parse the body; a body over the limit yields no fields, so the token seems missing and the upload used to end
 * as a bare 403 — never reaching the MVC handler for the limit. Judged by the declared length, the body is left
 * unread (Tomcat swallows up to {@code server.tomcat.max-swallow-size} of it, so that the browser reads the answer).
 * A too-large POST that came from no upload form gets the 413 page.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 10)
class OversizedUploadFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizedUploadFilter.class);

    private final long maxRequestBytes;
    private final UploadForms forms;

    /** @param maxRequestSize the server's multipart limit; Spring Boot's default when not set */
    OversizedUploadFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize,
                          @Value("${actraject.documents.max-size:10MB}") DataSize maxDocumentSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.forms = new UploadForms(maxDocumentSize);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return maxRequestBytes < 0 || !"POST".equals(request.getMethod())
                || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UploadForms.Form> form = forms.of(request);
        if (form.isEmpty()) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        log.info("Upload of {} bytes to {} sent back to its form: above the limit of {} bytes", length,
                request.getRequestURI(), maxRequestBytes);
        FlashMap flash = new FlashMap();
        flash.put(Flash.ATTRIBUTE, form.get().tooLarge());
        flash.setTargetRequestPath(request.getContextPath() + form.get().path());
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + form.get().page());
    }
}
