package be.actraject.web.browser;

import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.ProcessKeys;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

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
}
