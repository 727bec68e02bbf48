package be.actraject.web.system;

import be.actraject.web.error.ErrorPage;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page's address with a query parameter that does not read as its type ({@code /admin/stuck?page=abc},
 * {@code ?kind=NOPE}): someone edited or half-copied a link. The page is shown without that parameter — its default
 * (the first page, the overview) — through a redirect, so that the address bar no longer holds the mistake; a bare
 * 400 page would leave them nowhere. A form's field (POST) or a path segment ({@code /candidates/abc}) that does not
 * read is no link to forgive: the 400 page as before.
 */
@ControllerAdvice
class MistypedAddressParameter {

    private static final Logger log = LoggerFactory.getLogger(MistypedAddressParameter.class);

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView withoutIt(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !e.getParameter().hasParameterAnnotation(RequestParam.class)) {
            return ErrorPage.render(request, HttpStatus.BAD_REQUEST, e);
        }
        log.info("Mistyped parameter {} on GET {}: shown without it", e.getName(), request.getRequestURI());
        String query = request.getQueryString();
        String without = UriComponentsBuilder.fromPath(request.getRequestURI().replaceFirst("^/+", "/"))
                .query(query).replaceQueryParam(e.getName()).build().toUriString();
        return new ModelAndView("redirect:" + without);
    }
}
