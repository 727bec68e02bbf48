package be.actraject.web.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A form field typed differently from a request's usual values: {@code param(...)} adds a second value to a field
 * that has one, which binds as both; this replaces it.
 */
public final class FormParams {

    private FormParams() {
    }

    public static RequestPostProcessor typed(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }
}
