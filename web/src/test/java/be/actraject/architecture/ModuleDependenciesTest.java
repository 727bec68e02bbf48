package be.actraject.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
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

    /**
     * The demo and its fault-injection helpers (processes deleted, retries exhausted, timers fired early, timelines
     * back-dated) live in the demo module, which the production jar leaves out (issue 15): no class of the production
     * modules sits in a demo package or names one. The demo module's {@code DemoBoundaryTest} checks the same with
     * the demo on the class path.
     */
    @Test
    void theProductionModulesHoldNoDemo() {
        noClasses().should().resideInAPackage("..demo..")
                .orShould().dependOnClassesThat().resideInAPackage("..demo..")
                .check(CLASSES);
    }

    /**
     * Moving the engine's global clock back-dates whatever the engine records meanwhile, for every trajectory at once:
     * only the demo (and tests) may do it (issue 15). Reading the clock stays allowed.
     */
    @Test
    void noProductionCodeMovesTheEnginesClock() {
        noClasses().should().callMethodWhere(target(owner(type(ClockUtil.class)))
                        .and(target(nameMatching("setCurrentTime|offset|reset|resetClock"))))
                .check(CLASSES);
    }
}
