package be.actraject.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upper or lower case follows the server's default locale unless a locale is named: under a Turkish one "i" turns
 * into "İ", and a job seeker number typed "abi123" is then stored and compared as something the registration did
 * not make of it. Every module's main code (the demo's too, this module sees them all) names {@code Locale.ROOT}.
 */
class LocaleFreeCaseTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(LocaleFreeCaseTest::notATestJar)
            .importPackages("be.actraject");

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }

    @Test
    void theImportSeesEveryModule() {
        // Without them the rule below would pass on nothing.
        assertThat(CLASSES.contain("be.actraject.domain.candidate.Candidate")).isTrue();
        assertThat(CLASSES.contain("be.actraject.web.system.OversizedFormFilter")).isTrue();
        assertThat(CLASSES.contain("be.actraject.bpmn.identity.Accounts")).isTrue();
        assertThat(CLASSES.contain("be.actraject.demo.DemoData")).isTrue();
    }

    @Test
    void noMainCodeChangesCaseInTheDefaultLocale() {
        noClasses().should().callMethod(String.class, "toUpperCase")
                .orShould().callMethod(String.class, "toLowerCase")
                .check(CLASSES);
    }
}
