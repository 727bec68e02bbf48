package be.actraject.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Inside each module the feature packages depend on each other without cycles, so that a feature can be read, and
 * moved, on its own; and the modules above the domain reach it through its services, not its repositories, so that
 * the domain decides what is read and written and with which checks (issue 15).
 */
class FeaturePackagesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(FeaturePackagesTest::notATestJar)
            .importPackages("be.actraject");

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }

    @Test
    void theDomainsFeaturePackagesHaveNoCycles() {
        slices().matching("be.actraject.domain.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theBpmnModulesFeaturePackagesHaveNoCycles() {
        slices().matching("be.actraject.bpmn.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theWebModulesFeaturePackagesHaveNoCycles() {
        slices().matching("be.actraject.web.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theWebReachesTheDomainThroughServicesNotRepositories() {
        noClasses().that().resideInAPackage("be.actraject.web..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void theBpmnModuleReachesTheDomainThroughServicesNotRepositories() {
        noClasses().that().resideInAPackage("be.actraject.bpmn..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }
}
