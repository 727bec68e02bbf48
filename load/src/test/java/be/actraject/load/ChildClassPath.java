package be.actraject.load;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The class paths of the processes {@link JvmProcess} starts, cut from this test's own: the third-party libraries as
 * they are, and of our modules only what the process is. A module is found both as {@code <module>/target/classes}
 * (a reactor's {@code mvn test}), {@code <module>/target/<module>-….jar} ({@code mvn verify}) and in the local
 * repository ({@code be/actraject/<module>/…}, when only this module is built).
 */
final class ChildClassPath {

    private static final Set<String> MODULES = Set.of("workflow-model", "domain", "bpmn", "web", "demo", "load");
    private static final Pattern IN_REPOSITORY = Pattern.compile("/be/actraject/([\\w-]+)/[^/]+/[^/]+\\.jar$");
    private static final Pattern IN_TARGET = Pattern.compile("/([\\w-]+)/target/(?:classes|test-classes|[^/]+\\.jar)$");

    private ChildClassPath() {
    }

    /**
     * The production application: our modules' main classes, without the tests' (of any module) and without the
     * load module; with the demo module only when asked (the production jar has none).
     */
    static String product(boolean withDemo) {
        return join(entries().stream().filter(e -> {
            String module = module(e);
            return module == null || !isTest(e) && !module.equals("load") && (withDemo || !module.equals("demo"));
        }).toList());
    }

    /**
     * The bare Camunda application: no module of ours but the bpmn module (for its models, on the class path as the
     * product has them; its classes are not scanned) and this module's test classes (for the bare application's
     * main class).
     */
    static String bare() {
        return join(entries().stream().filter(e -> {
            String module = module(e);
            return module == null || module.equals("bpmn") && !isTest(e)
                    || module.equals("load") && e.endsWith("test-classes");
        }).toList());
    }

    /** Surefire runs the tests from a manifest-only jar and says the real class path in its own property. */
    private static List<String> entries() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(path.split(File.pathSeparator)).filter(e -> !e.isBlank()).toList();
    }

    /** The module of ours an entry is, or null for a third-party library. */
    static String module(String entry) {
        String path = entry.replace('\\', '/').replaceAll("/+$", "");
        for (Pattern p : List.of(IN_REPOSITORY, IN_TARGET)) {
            Matcher m = p.matcher(path);
            if (m.find() && MODULES.contains(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    private static boolean isTest(String entry) {
        return entry.endsWith("test-classes") || entry.endsWith("-tests.jar");
    }

    private static String join(List<String> entries) {
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
