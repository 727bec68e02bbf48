package be.actraject.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The modules' dependencies point one way, web → bpmn → domain → workflow-model, and the engine stays out of the
 * domain. Maven's module graph already forbids most wrong imports; these rules also catch a dependency added to a
 * pom by mistake, and keep the engine out of the domain even if it were on the domain's classpath.
 */
class ModuleDependenciesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ModuleDependenciesTest::notATestJar)
            .importPackages("be.actraject");

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }

    @Test
    void modulesDependOnEachOtherInOneDirection() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy("be.actraject.web..")
                .layer("bpmn").definedBy("be.actraject.bpmn..")
                .layer("domain").definedBy("be.actraject.domain..")
                .layer("workflow-model").definedBy("be.actraject.workflow..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("bpmn").mayOnlyBeAccessedByLayers("web")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("bpmn", "web")
                .whereLayer("workflow-model").mayOnlyBeAccessedByLayers("domain", "bpmn", "web")
                .check(CLASSES);
    }

    @Test
    void theDomainKnowsNeitherTheEngineNorTheWeb() {
        noClasses().that().resideInAPackage("be.actraject.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.springframework.web..",
                        "jakarta.servlet..", "org.thymeleaf..")
                .check(CLASSES);
    }

    @Test
    void theWorkflowModelIsPlainJava() {
        noClasses().that().resideInAPackage("be.actraject.workflow..")
                .should().dependOnClassesThat().resideOutsideOfPackages("be.actraject.workflow..", "java..")
                .check(CLASSES);
    }

    @Test
    void onlyTheBpmnModuleTalksToTheEngine() {
        noClasses().that().resideInAPackage("be.actraject.web..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(CLASSES);
    }
}
