package be.actraject.web.submission;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.servlet.support.csrf.CsrfRequestDataValueProcessor;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-time field beside Spring Security's CSRF field: on every POST form, never on a GET form. */
class SubmissionFieldsTest {

    private final SubmissionFields fields = new SubmissionFields(new CsrfRequestDataValueProcessor());
    private final MockHttpServletRequest request = new MockHttpServletRequest();

    SubmissionFieldsTest() {
        request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "csrf-token"));
    }

    private Map<String, String> formFields(String method) {
        fields.processAction(request, "/sector-groups/5/meetings", method);
        return fields.getExtraHiddenFields(request);
    }

    @Test
    void aPostFormGetsTheCsrfFieldAndAOneTimeField() {
        Map<String, String> hidden = formFields("post");

        assertThat(hidden).containsEntry("_csrf", "csrf-token").containsKey(SubmissionFields.FIELD);
        assertThat(hidden.get(SubmissionFields.FIELD)).matches("[0-9a-f-]{36}");
    }

    @Test
    void eachPostFormGetsATokenOfItsOwn() {
        String first = formFields("POST").get(SubmissionFields.FIELD);
        String second = formFields("POST").get(SubmissionFields.FIELD);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aGetFormGetsNeitherField() {
        assertThat(formFields("get")).isEmpty();
        // A form without a method is sent as a GET (Spring Security still gives it its field: harmless).
        assertThat(formFields(null)).doesNotContainKey(SubmissionFields.FIELD);
    }

    @Test
    void aGetFormAfterAPostFormGetsNoOneTimeField() {
        formFields("post");

        assertThat(formFields("get")).doesNotContainKey(SubmissionFields.FIELD);
    }
}
