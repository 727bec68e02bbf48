package be.actraject.web.submission;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Adds the one-time {@value #FIELD} field to every POST form Thymeleaf renders with {@code th:action}, after what the
 * processor it wraps adds (Spring Security's CSRF field). A GET form — a search, a filter — gets none: it changes
 * nothing and its address must stay clean.
 * <p>
 * Thymeleaf tells the method only to {@link #processAction} and asks for the hidden fields right after, for the same
 * form; the method is kept in a request attribute in between, as Spring Security's own processor does.
 */
public final class SubmissionFields implements RequestDataValueProcessor {

    /** The name of the hidden field, and of the parameter {@link RepeatedSubmissionFilter} reads. */
    public static final String FIELD = "_submission";
    private static final String POST_FORM = SubmissionFields.class.getName() + ".POST_FORM";

    private final RequestDataValueProcessor delegate;

    SubmissionFields(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        request.setAttribute(POST_FORM, "post".equalsIgnoreCase(httpMethod));
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> delegated = delegate.getExtraHiddenFields(request);
        if (delegated != null) {
            fields.putAll(delegated);
        }
        if (Boolean.TRUE.equals(request.getAttribute(POST_FORM))) {
            fields.put(FIELD, UUID.randomUUID().toString());
        }
        request.removeAttribute(POST_FORM);
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
