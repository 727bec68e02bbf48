package be.actraject.architecture;

import be.actraject.demo.DemoApplication;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo is a module of its own that nothing depends on (issue 15), checked here with every module on the class
 * path: no class outside the demo package uses a demo class, and every class in a {@code demo} package comes from
 * this module — so that the production jar, web's, which is built without this module, has none.
 */
class DemoBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(DemoBoundaryTest::notATestJar)
            .importPackages("be.actraject");

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }

    @Test
    void theImportSeesTheDemoAndTheProductionModules() {
        // Without both sides the rules below would pass on nothing.
        assertThat(CLASSES.contain(DemoApplication.class)).isTrue();
        assertThat(CLASSES.contain("be.actraject.AcTrajectApplication")).isTrue();
        assertThat(CLASSES.contain("be.actraject.bpmn.watch.Repairs")).isTrue();
    }

    @Test
    void nothingOutsideTheDemoDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("be.actraject.demo..")
                .should().dependOnClassesThat().resideInAPackage("be.actraject.demo..")
                .check(CLASSES);
    }

    @Test
    void everyDemoPackageIsInTheDemoModule() {
        classes().that().resideInAPackage("..demo..")
                .should(comeFrom(DemoApplication.class))
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> comeFrom(Class<?> moduleClass) {
        String module = location(moduleClass);
        return new ArchCondition<>("come from the demo module (" + module + ")") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String source = item.getSource().map(s -> path(s.getUri().toString())).orElse("?");
                boolean satisfied = source.startsWith(module);
                events.add(new SimpleConditionEvent(item, satisfied, item.getName() + " comes from " + source));
            }
        };
    }

    /** A class's place as a plain path: a class file's URI and its code source spell "file:" differently. */
    private static String path(String uri) {
        return uri.replaceFirst("^jar:", "").replaceFirst("^file:/+", "/");
    }

    private static String location(Class<?> type) {
        try {
            return path(type.getProtectionDomain().getCodeSource().getLocation().toURI().toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
