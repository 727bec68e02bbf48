package be.actraject.web.browser;

import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.ProviderDraft;
import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.Role;
import be.actraject.testsupport.TestEnterpriseNumbers;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 in a real browser: a coach adds an objective to a candidate's POP whose action is to follow a paid module,
 * enrols the candidate from that action, cannot record attendance before the coordinator agreed (no button, and a
 * POST typed by hand is refused), the coordinator agrees from her worklist, the coach updates the POP meanwhile,
 * records attendance and completes the module with its certificate, and the dossier's POP shows the action done.
 */
@FullStackTest
// A database of its own: the walk enrols and agrees, which the other full-stack tests' worklists would show.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-training;DB_CLOSE_DELAY=-1")
class TrainingFromThePopBrowserTest extends BrowserTestSupport {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    private static final String MODULE = "Prijzen berekenen voor starters";
    private static final String ACTION = "Module prijzen berekenen volgen";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingProviders providers;
    @Autowired
    TrainingModules modules;

    /** The catalogue's part is the coordinator's screens' (their own tests); the walk starts from a paid module. */
    private void paidModule(LocalDate day) {
        long provider = providers.create(new ProviderDraft("Syntra Browsertest", "Marc Declercq",
                "browser@syntra.example", "09 222 33 44", TestEnterpriseNumbers.fresh()), COORDINATOR).getId();
        TrainingModule module = modules.create(new ModuleDraft(MODULE, provider,
                Set.of(Competency.SENSE_OF_PROFITABILITY), false, "Syntra Gent", false, new BigDecimal("145.50"),
                Payer.COOPERATIVE, 6), COORDINATOR);
        modules.addMoment(module.getId(), day, LocalTime.of(18, 30), LocalTime.of(21, 30), COORDINATOR);
    }

    private void openDossier(String lastName, String fullName) {
        page.navigate(url("/candidates?q=" + lastName));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(fullName)).click();
        assertThat(page.locator("h1")).hasText(fullName);
    }

    private void signInAfresh(String user) {
        page.context().close();
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("nl-BE"))
                .newPage();
        signIn(user);
    }

    /** The action's line in the current version of the POP on the dossier. */
    private Locator popAction(String description) {
        return page.getByTestId("dossier-plan").locator("[data-testid='plan-action']",
                new Locator.LocatorOptions().setHasText(description));
    }

    private Locator enrolment() {
        return page.getByTestId("dossier-training").locator("li", new Locator.LocatorOptions().setHasText(MODULE));
    }

    @Test
    void aCoachEnrolsFromAPopActionTheCoordinatorAgreesAndThePopShowsTheActionDone() {
        LocalDate today = today();
        LocalDate held = today.plusDays(8);
        paidModule(held);
        new TestTrajectories(context).candidate("Lotte", "Cursuspad").coachedBy("coach").inExploration();

        // The coach adds the objective whose action is to follow the module.
        signIn("coach");
        openDossier("Cursuspad", "Lotte Cursuspad");
        page.getByTestId("update-plan").click();
        page.locator("select[name='objectives[1].competency']").selectOption("SENSE_OF_PROFITABILITY");
        page.locator("input[name='objectives[1].description']").fill("Mijn prijzen kunnen berekenen");
        page.locator("input[name='objectives[1].actions[0].description']").fill(ACTION);
        page.locator("input[name='objectives[1].actions[0].targetOn']").fill(held.plusDays(7).toString());
        button("Nieuwe versie bewaren");
        assertThat(page.getByTestId("flash")).containsText("nieuwe versie van het POP is bewaard");
        assertThat(popAction(ACTION)).containsText("tegen " + held.plusDays(7).format(SHOWN));

        // Enrolled from that action: the module costs money, so it waits for the coordinator.
        Locator enrol = page.getByTestId("enrol");
        String choice = enrol.locator("#trainingChoice option", new Locator.LocatorOptions().setHasText(MODULE))
                .getAttribute("value");
        enrol.getByLabel("Module").selectOption(choice);
        enrol.getByTestId("enrol-action").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(ACTION));
        shoot("training-enrol");
        button("Inschrijven");
        assertThat(page.getByTestId("flash")).containsText("Inschrijving voor " + MODULE
                + " aangevraagd; de coördinator keurt ze goed.");
        assertThat(enrolment().getByTestId("enrolment-state")).hasText("Aangevraagd");
        assertThat(enrolment()).containsText("Vanuit het POP");
        assertThat(enrolment()).containsText("Wacht op goedkeuring door de coördinator.");

        // Before the agreement the dossier offers no attendance, and a POST typed by hand is refused.
        assertThat(enrolment().getByTestId("attended")).hasCount(0);
        String dossier = page.url().replaceFirst("#.*$", "");
        APIResponse early = page.request().post(url("/training/enrolments/" + enrolment().getAttribute(
                "data-enrolment") + "/attended"), RequestOptions.create()
                .setHeader(page.locator("meta[name='_csrf_header']").getAttribute("content"),
                        page.locator("meta[name='_csrf']").getAttribute("content"))
                .setHeader("Referer", dossier).setMaxRedirects(0));
        assertThat(early.status()).isEqualTo(302);
        page.navigate(dossier);
        assertThat(page.getByTestId("flash")).containsText(MODULE + " kost geld: noteer de aanwezigheid pas nadat"
                + " de coördinator de inschrijving goedkeurde.");
        assertThat(enrolment().getByTestId("enrolment-state")).hasText("Aangevraagd");
        assertThat(popAction(ACTION)).not().containsText("gedaan op");

        // The coordinator finds the approval in her worklist, takes it and agrees.
        signInAfresh("coordinator");
        page.navigate(url("/tasks?scope=CLAIMABLE&candidate=Cursuspad"));
        Locator task = page.getByTestId("worklist").locator("tr",
                new Locator.LocatorOptions().setHasText("Opleiding goedkeuren"));
        assertThat(task).hasCount(1);
        task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opnemen")).click();
        assertThat(page.getByTestId("flash")).containsText("op jouw naam");
        page.navigate(url("/tasks?scope=MINE&candidate=Cursuspad"));
        page.getByTestId("worklist").locator("tr", new Locator.LocatorOptions().setHasText("Opleiding goedkeuren"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Openen")).click();
        assertThat(page.locator("h1")).hasText("Opleiding goedkeuren");
        assertThat(page.getByTestId("approval-candidate")).hasText("Lotte Cursuspad");
        assertThat(page.getByTestId("approval-module")).hasText(MODULE);
        assertThat(page.getByTestId("approval-cost")).containsText("145,50");
        assertThat(page.getByTestId("approval-cost")).containsText("de coöperatie");
        page.locator("input[name='decision'][value='AGREE']").check();
        shoot("training-approval");
        button("Afwerken");
        assertThat(page.getByTestId("flash")).containsText("Taak afgewerkt voor Lotte Cursuspad");

        // The coach ticks off another action of the POP first (a new version), then records the attendance.
        signInAfresh("coach");
        openDossier("Cursuspad", "Lotte Cursuspad");
        assertThat(enrolment().getByTestId("enrolment-state")).hasText("Goedgekeurd");
        assertThat(enrolment()).containsText("Goedgekeurd op " + today.format(SHOWN));
        page.getByTestId("update-plan").click();
        page.locator("input[name='objectives[0].actions[0].doneOn']").fill(today.toString());
        button("Nieuwe versie bewaren");
        assertThat(page.getByTestId("flash")).containsText("nieuwe versie van het POP is bewaard");
        assertThat(popAction("Drie concurrenten bezoeken")).containsText("gedaan op " + today.format(SHOWN));
        assertThat(popAction(ACTION)).not().containsText("gedaan op");

        // Before the moment nobody can have attended it: no attendance buttons yet (a forged post is refused by the
        // service, TrainingContract), the POP action stays open.
        assertThat(enrolment().getByTestId("attended")).hasCount(0);
        assertThat(enrolment().getByTestId("enrolment-state")).hasText("Goedgekeurd");
        assertThat(popAction(ACTION)).not().containsText("gedaan op");

        // The moment has taken place (moved to yesterday, as time would).
        context.getBean(JdbcTemplate.class).update("update training_moment set held_on = ? where held_on = ?",
                today.minusDays(1), held);
        page.reload();
        enrolment().getByTestId("attended").click();
        assertThat(page.getByTestId("flash")).containsText(MODULE + ": aanwezig genoteerd.");
        assertThat(enrolment().getByTestId("enrolment-state")).hasText("Gevolgd");
        assertThat(popAction(ACTION)).containsText("✔");
        assertThat(popAction(ACTION)).containsText("gedaan op " + today.format(SHOWN));

        // Completed with the provider's certificate, which becomes a document of the dossier.
        enrolment().getByLabel("Attest (PDF of afbeelding)").setInputFiles(new FilePayload("attest-prijzen.pdf",
                "application/pdf", "%PDF-1.4\n% attest\n".getBytes(StandardCharsets.US_ASCII)));
        enrolment().getByTestId("complete").click();
        assertThat(page.getByTestId("flash")).containsText(MODULE + " is afgerond; het attest staat bij de documenten.");
        assertThat(enrolment().getByTestId("enrolment-state")).hasText("Afgerond");
        assertThat(enrolment().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Attest")))
                .isVisible();
        assertThat(page.getByTestId("dossier-timeline")).containsText("Opleiding afgerond met attest: " + MODULE);
        assertThat(page.getByTestId("dossier-timeline")).containsText("POP-actie afgerond");
        assertThat(popAction(ACTION)).containsText("gedaan op " + today.format(SHOWN));
        shoot("training-done");
    }
}
