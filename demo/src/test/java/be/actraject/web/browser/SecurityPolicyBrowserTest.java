package be.actraject.web.browser;

import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Variables;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens with the most going on in the browser work under the Content-Security-Policy without a single
 * violation or console error: the worklist, a dossier with its chart, the process room's viewer (badges, the list of
 * waiting trajectories fetched on a click) and its modeler (bpmn-js with the properties panel, a validation sent to the
 * server), and an administrator's drill-down with its diagram. Violations are caught with a listener for the
 * {@code securitypolicyviolation} event, installed before any of the page's scripts, and from the console; that the
 * listener catches them is shown too, with an inline style the policy must refuse.
 */
@FullStackTest
class SecurityPolicyBrowserTest extends BrowserTestSupport {

    private static final String RECORD_VIOLATIONS = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(
                e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '') + ' at ' + e.sourceFile
                + ':' + e.lineNumber));
            """;

    private final List<String> problems = new ArrayList<>();

    @Autowired
    ApplicationContext context;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void listen() {
        page.addInitScript(RECORD_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
                problems.add("console " + message.type() + ": " + message.text() + " from "
                        + message.location() + " on " + page.url());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error + " on " + page.url()));
    }

    /** Keeps the violations this page recorded; the next navigation starts a new list. */
    @SuppressWarnings("unchecked")
    private void collect() {
        ((List<Object>) page.evaluate("window.__violations")).forEach(v -> problems.add("violation: " + v
                + " on " + page.url()));
    }

    private void open(String path) {
        Response response = page.navigate(url(path));
        assertThat(response.headers().get("content-security-policy")).as(path).contains("script-src 'self'");
    }

    @Test
    void theWorklistTheDossierAndTheProcessRoomWorkUnderThePolicy() {
        TestTrajectories trajectories = new TestTrajectories(context);
        trajectories.candidate("Gijs", "Beleidwacht").registered();
        TestTrajectory candidate = trajectories.candidate("Kobus", "Beleid").coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        invoicing.openQuote(candidate, invoicing.business(candidate, "Stad Proefdorp", "coach"), "coach");
        signIn("coordinator");
        open("/tasks?scope=ALL");
        assertThat(page.getByTestId("worklist").locator("tbody tr")).not().hasCount(0);
        collect();

        open(candidate.dossier());
        assertThat(page.locator("h1")).containsText("Kobus Beleid");
        collect();

        open("/models");
        page.locator("[data-model='intake'] a.fw-semibold").click();
        assertThat(page.locator("[data-process-viewer]")).hasAttribute("data-ready", "true");
        page.locator(".element-count[data-element='Task_IndividualConversation']").click();
        assertThat(page.getByTestId("waiting-list")).containsText("Task_IndividualConversation");
        collect();

        page.getByTestId("edit-model").click();
        assertThat(page.locator("[data-process-modeler]")).hasAttribute("data-ready", "true");
        page.locator("[data-element-id='Task_EntreSpiegel']").first().click();
        Locator panel = page.locator("[data-properties]");
        panel.locator("[data-group-id='group-CamundaPlatform__UserAssignment'] .bio-properties-panel-group-header")
                .click();
        assertThat(panel.locator("input[name='candidateGroups']")).hasValue("coach");
        page.getByTestId("validate-model").click();
        assertThat(page.getByTestId("model-problems")).containsText("in orde");
        collect();

        assertThat(problems).isEmpty();
    }

    @Test
    void anAdministratorsDrillDownWorksUnderThePolicy() {
        // A payment follow-up that ran out of retries: a running instance with an incident, so a diagram.
        TestTrajectory candidate = new TestTrajectories(context).candidate("Kobus", "Zonderpogingen")
                .coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long invoice = invoicing.issuedInvoice(candidate,
                invoicing.business(candidate, "Stad Proefdorp", "coach"), "Stad Proefdorp", "100.00", "coach");
        runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.INVOICE_PAYMENT)
                .variableValueEquals(Variables.INVOICE_ID, invoice).list()
                .forEach(pi -> management.createJobQuery().processInstanceId(pi.getId()).list()
                        .forEach(job -> management.setJobRetries(job.getId(), 0)));
        // Not through the worklist, which is no administrator's page.
        page.navigate(url("/admin/stuck"));
        page.getByLabel("Gebruikersnaam").fill("admin");
        page.getByLabel("Wachtwoord").fill(DemoAccounts.PASSWORD);
        button("Aanmelden");
        assertThat(page.getByTestId("stuck-counts")).isVisible();
        page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Kobus Zonderpogingen"))
                .getByTestId("inspect").first().click();
        assertThat(page.locator("[data-process-viewer]").first()).hasAttribute("data-ready", "true");
        collect();

        assertThat(problems).isEmpty();
    }

    @Test
    void aStyleThePolicyRefusesIsCaught() {
        signIn("coordinator");
        open("/tasks");

        page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">refused</p>')");
        page.waitForFunction("window.__violations.length > 0");
        collect();

        assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("violation: style-src"));
    }
}
