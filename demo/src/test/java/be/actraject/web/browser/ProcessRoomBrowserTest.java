package be.actraject.web.browser;

import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.ProcessKeys;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator in the process room, in a real browser: the intake model's diagram with the trajectories waiting at
 * its tasks, then the modeler — a task's candidate groups emptied in the properties panel, validation failing on that
 * task, fixed, validated, deployed as a new version with a comment.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-process-room;DB_CLOSE_DELAY=-1")
class ProcessRoomBrowserTest extends BrowserTestSupport {

    @Autowired
    RepositoryService repository;

    private int intakeVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.INTAKE).latestVersion()
                .singleResult().getVersion();
    }

    @Test
    void aCoordinatorSeesWhereTrajectoriesWaitAndDeploysAChangedModel() {
        int before = intakeVersion();
        signIn("coordinator");
        page.navigate(url("/models"));
        page.locator("[data-model='intake'] a.fw-semibold").click();
        Locator viewer = page.locator("[data-process-viewer]");
        assertThat(viewer).hasAttribute("data-ready", "true");
        Locator badge = page.locator(".element-count[data-element='Task_IndividualConversation']");
        assertThat(badge).isVisible();
        badge.click();
        assertThat(page.getByTestId("waiting-list")).containsText("Task_IndividualConversation");
        assertThat(page.getByTestId("waiting-list").getByRole(AriaRole.LINK).first()).isVisible();
        shoot("process-viewer");

        page.getByTestId("edit-model").click();
        Locator modeler = page.locator("[data-process-modeler]");
        assertThat(modeler).hasAttribute("data-ready", "true");
        page.locator("[data-element-id='Task_EntreSpiegel']").first().click();
        Locator panel = page.locator("[data-properties]");
        assertThat(panel.locator(".bio-properties-panel-header-label")).containsText("Record Entre-spiegel results");
        panel.locator("[data-group-id='group-CamundaPlatform__UserAssignment'] .bio-properties-panel-group-header")
                .click();
        Locator groups = panel.locator("input[name='candidateGroups']");
        assertThat(groups).hasValue("coach");
        groups.fill("");
        page.getByTestId("validate-model").click();
        assertThat(page.getByTestId("model-problems")).containsText("Niemand kan deze taak opnemen");
        assertThat(page.locator("[data-element-id='Task_EntreSpiegel'].validation-error")).hasCount(1);
        shoot("process-modeler");

        groups.fill("coach");
        page.getByTestId("validate-model").click();
        assertThat(page.getByTestId("model-problems")).containsText("in orde");
        page.getByLabel("Commentaar (wat verandert er en waarom)").fill("Kandidaatgroep nagekeken");
        page.getByTestId("deploy-model").click();
        assertThat(page.locator(".alert-success")).containsText("uitgerold");
        assertThat(page.locator("h1")).containsText("versie " + (before + 1));
        assertThat(intakeVersion()).isEqualTo(before + 1);
    }

    /** The middle of a sequence flow on the canvas. */
    private double[] middleOf(String flowId) {
        var box = page.locator("[data-element-id='" + flowId + "']").first().boundingBox();
        return new double[]{box.x + box.width / 2, box.y + box.height / 2};
    }

    @Test
    void aCoordinatorAddsAReviewStepToAPhaseDeploysItAndMovesTheRunningTrajectories() {
        signIn("coordinator");
        page.navigate(url("/models"));
        page.locator("[data-model='prospecting'] a.fw-semibold").click();
        String firstVersion = page.url().replaceAll(".*/models/", "");
        page.getByTestId("edit-model").click();
        assertThat(page.locator("[data-process-modeler]")).hasAttribute("data-ready", "true");

        // The shipped model passes the live lint; a task dropped without a name does not (label-required).
        assertThat(page.locator(".bjsl-button")).containsText("Geen problemen");

        // A task from the palette, dropped on the flow to invoicing, made a user task, named.
        double[] drop = middleOf("Flow_Prospecting2");
        page.locator(".djs-palette [data-action='create.task']").click();
        page.mouse().move(drop[0] - 40, drop[1] + 40, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(drop[0], drop[1], new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.mouse().down();
        page.mouse().up();
        assertThat(page.locator(".bjsl-button")).containsText("Fouten");
        page.locator(".djs-context-pad [data-action='replace']").click();
        page.locator(".djs-popup [data-id='replace-with-user-task']").click();
        Locator panel = page.locator("[data-properties]");
        assertThat(panel.locator(".bio-properties-panel-header-type")).containsText("User task",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
        panel.locator("[data-group-id='group-general'] .bio-properties-panel-group-header").click();
        panel.locator("#bio-properties-panel-name").fill("Controle door de coördinator");

        page.getByTestId("validate-model").click();
        assertThat(page.getByTestId("model-problems")).containsText("bestaat geen scherm");
        assertThat(page.getByTestId("model-problems")).containsText("Niemand kan deze taak opnemen");
        shoot("process-modeler-new-task");

        // Fixed in the properties panel: the generic review screen, the coordinators' group.
        panel.locator("[data-group-id='group-CamundaPlatform__Form'] .bio-properties-panel-group-header").click();
        panel.locator("#bio-properties-panel-formType").selectOption("formKey");
        panel.locator("#bio-properties-panel-formKey").fill("actraject:review");
        panel.locator("[data-group-id='group-CamundaPlatform__UserAssignment'] .bio-properties-panel-group-header")
                .click();
        panel.locator("input[name='candidateGroups']").fill("coordinator");
        page.getByTestId("validate-model").click();
        assertThat(page.getByTestId("model-problems")).containsText("in orde");
        page.getByLabel("Commentaar (wat verandert er en waarom)").fill("Controle voor de facturatie");
        page.getByTestId("deploy-model").click();
        assertThat(page.locator(".alert-success")).containsText("uitgerold");

        // The running trajectories of the first version move onto the new one.
        page.navigate(url("/models/" + firstVersion));
        page.getByTestId("migrate-model").click();
        assertThat(page.getByTestId("movable").locator("li")).not().hasCount(0);
        shoot("process-migration");
        page.getByLabel(Pattern.compile("Ja, verhuis deze")).check();
        page.getByTestId("run-migration").click();
        assertThat(page.getByTestId("migration-outcome")).containsText("Klaar", new com.microsoft.playwright
                .assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionId(firstVersion).count()).isOne();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(firstVersion).count()).isZero();
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
}
