package be.actraject.web.browser;

import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach in a real browser (Debian's chromium, headless), from the worklist only: takes a candidate of the pool
 * through the intake conversation (with action points), the Entre-spiegel, the POP and the intake decision, then a
 * candidate in prospecting through the prospecting review, and checks after each step what the dossier shows.
 * Saves screenshots of the main screens under target/screenshots (the README's come from there).
 */
@FullStackTest
// A database of its own: the walk changes the worklists the other full-stack tests look at.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-walk;DB_CLOSE_DELAY=-1")
class CoachWalksATrajectoryBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    /** Opens the coach's own task of a kind for a candidate, found in the worklist by the candidate filter. */
    private void openMyTask(String candidate, String taskName) {
        page.navigate(url("/tasks?scope=MINE&candidate=" + candidate));
        Locator row = page.getByTestId("worklist").locator("tr", new Locator.LocatorOptions().setHasText(taskName));
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Openen")).click();
        assertThat(page.locator("h1")).hasText(taskName);
    }

    /** Found by the last name: the demo's candidates fill more than the list's first page. */
    private void openDossier(String fullName) {
        page.navigate(url("/candidates?q=" + fullName.substring(fullName.lastIndexOf(' ') + 1)));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(fullName)).click();
        assertThat(page.locator("h1")).hasText(fullName);
    }

    @Test
    void aCoachRunsATrajectoryFromTheWorklistAndTheDossierTellsEachStep() {
        TestTrajectories trajectories = new TestTrajectories(context);
        trajectories.candidate("Noor", "Wandeling").registered();
        trajectories.candidate("Bert", "Overdracht").coachedBy("coach").atEntreSpiegel();
        trajectories.candidate("Ellie", "Marktproef").coachedBy("coach2").inProspecting();
        signIn("coach");
        page.navigate(url("/tasks"));
        assertThat(page.getByTestId("worklist").locator("tbody tr")).not().hasCount(0);
        shoot("worklist");

        // The pool's intake conversation: claim it from the filtered worklist.
        page.navigate(url("/tasks?scope=CLAIMABLE"));
        page.getByLabel("Kandidaat").fill("Wandeling");
        button("Filteren");
        Locator row = page.getByTestId("worklist").locator("tr[data-task-key='Task_IndividualConversation']");
        assertThat(row).hasCount(1);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opnemen")).click();
        assertThat(page.getByTestId("flash")).containsText("op jouw naam");
        assertThat(page).hasURL(url("/tasks?scope=CLAIMABLE&candidate=Wandeling"));

        // The conversation, first sent with an action point without its date.
        openMyTask("Wandeling", "Individueel gesprek");
        page.getByLabel("Onderwerpen").fill("Kennismaking: de persoon en het idee");
        page.getByLabel("Verslag").fill("Wil starten met herstellingen voor buren en vrienden.");
        page.locator("input[name='actionPoints[0].what']").fill("Drie offertes van naaimachines vergelijken");
        button("Afwerken");
        assertThat(page.locator(".invalid-feedback").first()).containsText("Geef de datum");
        assertThat(page.locator("input[name='actionPoints[0].what']"))
                .hasValue("Drie offertes van naaimachines vergelijken");
        page.locator("input[name='actionPoints[0].dueOn']").fill(today().plusDays(10).toString());
        page.locator("input[name='actionPoints[1].what']").fill("Contact bij Unizo doorgeven");
        page.locator("select[name='actionPoints[1].owner']").selectOption("COACH");
        page.locator("input[name='actionPoints[1].dueOn']").fill(today().plusDays(3).toString());
        shoot("conversation");
        button("Afwerken");
        assertThat(page.getByTestId("flash")).containsText("Taak afgewerkt voor Noor Wandeling");

        openDossier("Noor Wandeling");
        assertThat(page.getByTestId("dossier-action-points")).containsText("Drie offertes van naaimachines");
        assertThat(page.getByTestId("dossier-action-points")).containsText("Contact bij Unizo doorgeven");
        assertThat(page.getByTestId("dossier-coach")).hasText("Sofie Verstraete");
        assertThat(page.getByTestId("dossier-timeline")).containsText("Taak afgewerkt: Individueel gesprek");

        // The Entre-spiegel, scored beside the reference profile.
        openMyTask("Wandeling", "Resultaten Entre-spiegel");
        assertThat(page.locator("[data-reference='NETWORKING']")).hasText(Pattern.compile("^[1-5]$"));
        String[] competencies = {"PERSEVERANCE", "SELF_KNOWLEDGE", "SENSE_OF_PROFITABILITY", "DECISIVENESS",
                "INDEPENDENCE", "FORWARD_PLANNING", "PERSUASIVENESS", "NETWORKING", "SPOTTING_OPPORTUNITIES",
                "MARKET_INSIGHT", "SOLIDARITY_AND_ENVIRONMENTAL_CARE", "LEARNING_ORIENTATION"};
        for (String c : competencies) {
            page.locator("select[name='scores[" + c + "]']").selectOption(c.equals("NETWORKING") ? "1"
                    : c.equals("PERSUASIVENESS") ? "2" : "4");
        }
        shoot("entre-spiegel");
        button("Afwerken");
        assertThat(page.getByTestId("flash")).containsText("Taak afgewerkt");

        openDossier("Noor Wandeling");
        Locator chart = page.getByTestId("dossier-assessment").locator("svg.spider-chart");
        assertThat(chart.locator("[data-series='latest'] polygon")).hasCount(1);
        assertThat(chart.locator("[data-series='reference'] polygon")).hasCount(1);
        assertThat(page.getByTestId("dossier-assessment").locator("[data-score='NETWORKING']")).hasText("1");
        String reportUrl = page.getByTestId("development-report").getAttribute("href");
        APIResponse report = page.request().get(url(reportUrl));
        assertThat(report.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(report.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        shoot("dossier");

        // The POP: its objectives suggested from the largest gaps, networking first.
        openMyTask("Wandeling", "Opmaak POP");
        assertThat(page.getByTestId("plan-gaps")).containsText("Netwerken");
        assertThat(page.locator("select[name='objectives[0].competency']")).hasValue("NETWORKING");
        assertThat(page.locator("select[name='objectives[1].competency']")).hasValue("PERSUASIVENESS");
        page.locator("input[name='objectives[0].actions[0].description']").fill("Netwerkavond van Unizo bijwonen");
        page.locator("input[name='objectives[0].actions[0].targetOn']").fill(today().plusWeeks(2).toString());
        page.locator("input[name='objectives[1].actions[0].description']").fill("Verkoopgesprek oefenen");
        shoot("pop");
        button("Afwerken");
        assertThat(page.locator(".invalid-feedback").first()).isVisible();
        page.locator("input[name='objectives[1].actions[0].targetOn']").fill(today().plusWeeks(3).toString());
        page.locator("input[name='objectives[2].description']").fill("");
        button("Afwerken");
        assertThat(page.getByTestId("flash")).containsText("Taak afgewerkt");

        openDossier("Noor Wandeling");
        assertThat(page.getByTestId("dossier-plan")).containsText("Netwerkavond van Unizo bijwonen");
        assertThat(page.getByTestId("dossier-plan")).containsText("Verkoopgesprek oefenen");
        assertThat(page.getByTestId("dossier-plan")).containsText("versie 1");

        // The intake decision: on to exploration.
        openMyTask("Wandeling", "Verder of heroriënteren?");
        page.locator("input[name='decision'][value='CONTINUE']").check();
        page.getByLabel("Motivering").fill("Het idee is haalbaar; ze wil het in kleine stappen testen.");
        button("Afwerken");
        openDossier("Noor Wandeling");
        assertThat(page.getByTestId("dossier-phase")).hasText("Verkenning");
        assertThat(page.getByTestId("dossier-decisions")).containsText("Verder naar de volgende fase");

        // From the worklist, without leaving it: the hand-over does not offer the colleague who cannot take the
        // task and says why (issue 16: it offered both colleagues and refused them), then a follow-up date.
        page.navigate(url("/tasks?scope=MINE&candidate=Overdracht"));
        Locator bart = page.getByTestId("worklist").locator("tbody tr").first();
        bart.locator("summary").click();
        assertThat(bart.locator("select[name='colleague'] option[value='coach2']")).hasCount(0);
        assertThat(bart.getByTestId("hand-over-missing"))
                .containsText("Karel Van Acker staat niet in de lijst: die mag deze kandidaat niet zien.");
        bart.locator("input[name='day']").fill(today().plusDays(5).toString());
        bart.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bewaren")).click();
        assertThat(page.getByTestId("flash")).containsText("opvolgdatum is bewaard");
        assertThat(page).hasURL(url("/tasks?scope=MINE&candidate=Overdracht"));
        assertThat(page.getByTestId("follow-up")).isVisible();

        // A candidate in prospecting, of the other coach: the review shows the activities logged, and the
        // decision moves her on.
        page.context().close();
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("nl-BE")).newPage();
        signIn("coach2");
        openMyTask("Marktproef", "Evaluatie prospectie");
        assertThat(page.getByTestId("prospecting-activities").locator("tr")).not().hasCount(0);
        shoot("prospecting-review");
        page.locator("input[name='decision'][value='START_INVOICING']").check();
        page.getByLabel("Motivering").fill("Twee klanten willen een offerte; de markt is er.");
        button("Afwerken");
        assertThat(page.getByTestId("flash")).containsText("Taak afgewerkt");
        openDossier("Ellie Marktproef");
        assertThat(page.getByTestId("dossier-phase")).hasText("Facturatie");
        assertThat(page.getByTestId("dossier-timeline")).containsText("Taak afgewerkt: Evaluatie prospectie");
    }

    @Test
    void aCoordinatorSetsTheReferenceProfileAndSeesEveryOpenTask() {
        new TestTrajectories(context).candidate("Cor", "Alletaken").registered();
        signIn("coordinator");
        page.navigate(url("/tasks?scope=ALL"));
        assertThat(page.getByTestId("worklist-scopes")).containsText("Alle open taken");
        assertThat(page.getByTestId("worklist").locator("tbody tr")).not().hasCount(0);

        page.navigate(url("/settings/reference-profile"));
        page.locator("select[name='scores[NETWORKING]']").selectOption("5");
        button("Nieuwe versie bewaren");
        assertThat(page.locator(".invalid-feedback").first()).isVisible();
        page.getByLabel("Reden van de wijziging").fill("Netwerken weegt zwaarder in onze regio");
        button("Nieuwe versie bewaren");
        assertThat(page.getByTestId("flash")).containsText("referentieprofiel is bewaard");
        assertThat(page.getByTestId("reference-history")).containsText("Netwerken weegt zwaarder");
        shoot("reference-profile");
    }
}
