package be.actraject.web.system;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No model attribute bears a name the templates read as something else (issue 16: the session form was called
 * {@code session}, so {@code ${session}} was the HTTP session and its topic lost its {@code maxlength}): Thymeleaf's
 * web objects {@code session}, {@code param} and {@code application}, and the servlet names {@code request},
 * {@code response} and {@code servletContext} that earlier versions read the same way.
 */
class ShadowedModelNamesTest {

    private static final Set<String> SHADOWED =
            Set.of("session", "param", "application", "request", "response", "servletContext");
    private static final Pattern TH_OBJECT = Pattern.compile("th:object=\"\\$\\{(\\w+)}\"");
    private static final Pattern ADDED = Pattern.compile("addAttribute\\(\"(\\w+)\"");

    @Test
    void noFormInATemplateIsBoundToAShadowedName() throws IOException {
        List<String> shadowed = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver()
                .getResources("classpath:templates/**/*.html")) {
            Matcher object = TH_OBJECT.matcher(read(template));
            while (object.find()) {
                if (SHADOWED.contains(object.group(1))) {
                    shadowed.add(template.getFilename() + ": " + object.group());
                }
            }
        }
        assertThat(shadowed).isEmpty();
    }

    @Test
    void noControllerNamesAModelAttributeAfterAShadowedName() throws Exception {
        List<String> shadowed = new ArrayList<>();
        for (Class<?> type : webClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                ModelAttribute onMethod = method.getAnnotation(ModelAttribute.class);
                if (onMethod != null && SHADOWED.contains(onMethod.value())) {
                    shadowed.add(type.getSimpleName() + "." + method.getName());
                }
                for (Parameter parameter : method.getParameters()) {
                    ModelAttribute onParameter = parameter.getAnnotation(ModelAttribute.class);
                    if (onParameter != null && SHADOWED.contains(onParameter.value())) {
                        shadowed.add(type.getSimpleName() + "." + method.getName() + "(" + onParameter.value() + ")");
                    }
                }
            }
        }
        assertThat(shadowed).isEmpty();
    }

    /** {@code model.addAttribute("session", form)} leaves no trace in the classes: read the sources. */
    @Test
    void noSourceAddsAModelAttributeUnderAShadowedName() throws IOException {
        Path sources = Path.of("src/main/java/be/actraject/web");
        assertThat(sources).as("run from the web module").isDirectory();
        List<String> shadowed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher added = ADDED.matcher(Files.readString(file));
                while (added.find()) {
                    if (SHADOWED.contains(added.group(1))) {
                        shadowed.add(file.getFileName() + ": " + added.group());
                    }
                }
            }
        }
        assertThat(shadowed).isEmpty();
    }

    private static List<Class<?>> webClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:be/actraject/web/**/*Controller.class")) {
            String path = resource.getURL().getPath();
            String name = path.substring(path.indexOf("be/actraject/web/"), path.length() - ".class".length())
                    .replace('/', '.');
            classes.add(ClassUtils.forName(name, ShadowedModelNamesTest.class.getClassLoader()));
        }
        assertThat(classes).as("the controllers").hasSizeGreaterThan(10);
        return classes;
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
