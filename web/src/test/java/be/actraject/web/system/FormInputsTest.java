package be.actraject.web.system;

import jakarta.validation.constraints.Size;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of every template stops the typing where the server would refuse (issue 16: a deliverable note over
 * 500 characters ended on a bare 500 page): a text input or text area has a {@code maxlength}, a date its window as
 * {@code min} and {@code max}, and a field the shared fragments render has the {@code @Size} on its form that the
 * fragment turns into its {@code maxlength} ({@link FieldLimits}).
 */
class FormInputsTest {

    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "email", "tel", "password", "url");
    private static final Set<String> DATE_TYPES = Set.of("date", "datetime-local", "month");
    /** A call of the text fragments: its field name and type ({@code textareaField} has rows instead). */
    private static final Pattern FRAGMENT_CALL =
            Pattern.compile("fields :: (inputField|textareaField) \\('([\\w.\\[\\]]+)', '[\\w.]+', '?([\\w-]+)'?\\)");

    @Test
    void everyTextInputAndTextAreaHasAMaxlength() {
        List<String> missing = new ArrayList<>();
        for (Resource template : templates()) {
            for (Element field : Jsoup.parse(read(template)).select("input, textarea")) {
                boolean text = field.tagName().equals("textarea") || TEXT_TYPES.contains(type(field))
                        || field.hasAttr("th:type") && !field.hasAttr("th:min");
                if (text && !field.hasAttr("readonly") && !field.hasAttr("maxlength")
                        && !field.hasAttr("th:maxlength") && !field.attr("th:attr").contains("maxlength=")) {
                    missing.add(template.getFilename() + ": " + field.outerHtml().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDateInputOffersOnlyItsWindow() {
        List<String> missing = new ArrayList<>();
        for (Resource template : templates()) {
            String html = read(template);
            for (Element field : Jsoup.parse(html).select("input")) {
                boolean date = DATE_TYPES.contains(type(field)) || field.hasAttr("th:min");
                boolean bounded = field.hasAttr("th:min") && field.hasAttr("th:max")
                        || field.attr("th:attr").contains("min=") && field.attr("th:attr").contains("max=");
                if (date && !bounded) {
                    missing.add(template.getFilename() + ": " + field.attr("name") + field.attr("th:field"));
                }
            }
            Matcher call = FRAGMENT_CALL.matcher(html);
            while (call.find()) {
                if (DATE_TYPES.contains(call.group(3))) {
                    missing.add(template.getFilename() + ": " + call.group(2) + " is a date without its window");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFieldTheTextFragmentsRenderHasItsSizeOnEveryFormThatHoldsIt() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Resource template : templates()) {
            Matcher call = FRAGMENT_CALL.matcher(read(template));
            while (call.find()) {
                names.add(call.group(2));
            }
        }
        List<Class<?>> forms = forms();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            boolean held = false;
            for (Class<?> form : forms) {
                Field field = org.springframework.util.ReflectionUtils.findField(form, name);
                held |= field != null;
                if (field == null || field.getType() != String.class) {
                    continue;
                }
                Integer max = new FieldLimits().max(newInstanceOrNull(form), name);
                if (field.getAnnotation(Size.class) == null && max == null) {
                    missing.add(form.getSimpleName() + "." + name);
                }
            }
            assertThat(held || !name.matches("[a-z]\\w*")).as("a form holds " + name).isTrue();
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theLimitIsReadThroughListsAndFromRecordComponents() {
        record Line(@Size(max = 500) String description) {
        }
        record Sample(@Size(max = 7) String code, List<Line> lines, String free) {
        }
        Sample sample = new Sample("x", List.of(), null);
        FieldLimits limits = new FieldLimits();

        assertThat(limits.max(sample, "code")).isEqualTo(7);
        assertThat(limits.max(sample, "lines[3].description")).isEqualTo(500);
        assertThat(limits.max(sample, "free")).isNull();
        assertThat(limits.max(sample, "nothing")).isNull();
    }

    private static Object newInstanceOrNull(Class<?> form) {
        try {
            var constructor = form.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String type(Element field) {
        return field.hasAttr("type") ? field.attr("type") : field.hasAttr("th:type") ? "" : "text";
    }

    /** The web module's form objects: classes and records named ...Form. */
    private static List<Class<?>> forms() throws IOException, ClassNotFoundException {
        List<Class<?>> forms = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:be/actraject/web/**/*Form.class")) {
            String path = resource.getURL().getPath();
            String name = path.substring(path.indexOf("be/actraject/web/"), path.length() - ".class".length())
                    .replace('/', '.');
            forms.add(ClassUtils.forName(name, FormInputsTest.class.getClassLoader()));
        }
        return forms;
    }

    private static List<Resource> templates() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
