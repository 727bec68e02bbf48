package be.actraject.web.text;

import be.actraject.web.admin.AccountForm;
import be.actraject.web.candidate.RegistrationForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.ResolvableType;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The binder every form gets: pasted spaces folded, blank as no value, passwords and lines kept. */
class TextBindingTest {

    /** As Spring MVC binds a form: the binder knows the form's type before the form exists. */
    private static Object bind(Class<?> form, String name, Map<String, String> typed) {
        WebDataBinder binder = new WebDataBinder(null, name);
        binder.setTargetType(ResolvableType.forClass(form));
        new TextBinding().foldText(binder);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String n, Class<?> type) {
                return null;
            }

            @Override
            public Set<String> getNames() {
                return Set.of();
            }
        });
        binder.bind(new MutablePropertyValues(typed));
        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        return binder.getTarget();
    }

    @Test
    void pastedSpacesAroundAndInsideAFieldAreFoldedAndTrimmed() {
        RegistrationForm form = (RegistrationForm) bind(RegistrationForm.class, "registration", Map.of(
                "firstName", "\u00A0Nora\u00A0", "lastName", "Van\u202FDamme\t", "phone", "0470\u202F12\u00A034 56",
                "street", "\u00A0\u2007"));

        assertThat(form.getFirstName()).isEqualTo("Nora");
        assertThat(form.getLastName()).isEqualTo("Van Damme");
        assertThat(form.getPhone()).isEqualTo("0470 12 34 56");
        assertThat(form.getStreet()).as("blank is no value").isNull();
    }

    @Test
    void aJobSeekerNumberTypedInGroupsLosesItsSpaces() {
        RegistrationForm form = (RegistrationForm) bind(RegistrationForm.class, "registration",
                Map.of("jobSeekerNumber", "\u00A012 34\u202F56 78 "));

        assertThat(form.getJobSeekerNumber()).isEqualTo("12345678");
    }

    @Test
    void aTextAreaKeepsItsLines() {
        RegistrationForm form = (RegistrationForm) bind(RegistrationForm.class, "registration",
                Map.of("businessIdea", "\u00A0Fietsen herstellen\r\n\r\n\ten\u00A0verhuren\n"));

        assertThat(form.getBusinessIdea()).isEqualTo("Fietsen herstellen\r\n\r\n en verhuren");
    }

    @Test
    void aPasswordIsTakenAsTyped() {
        AccountForm form = (AccountForm) bind(AccountForm.class, "account",
                Map.of("password", " geheim\u00A0wachtwoord ", "firstName", "\u00A0Ann\u00A0"));

        assertThat(form.getPassword()).isEqualTo(" geheim\u00A0wachtwoord ");
        assertThat(form.getFirstName()).isEqualTo("Ann");
    }
}
