package be.actraject.web.browser;

import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coach in a real browser (Debian's chromium, headless): signs in, claims an intake conversation from the
 * worklist, fills in the report, completes it, and finds the Entre-spiegel of the same candidate waiting as
 * her own task.
 */
@FullStackTest
@ExtendWith(ChromiumCondition.class)
class CoachWalksTheSkeletonBrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(ChromiumCondition.CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newContext().newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aCoachClaimsAndCompletesTheIntakeConversationAndFindsTheEntreSpiegelNext() {
        page.navigate(url("/tasks"));
        assertThat(page).hasURL(url("/login"));
        page.getByLabel("Gebruikersnaam").fill("coach");
        page.getByLabel("Wachtwoord").fill("demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Aanmelden")).click();

        assertThat(page.getByTestId("signed-in-as")).containsText("Sofie Verstraete");
        Locator claimable = page.getByTestId("worklist-claimable")
                .locator("tr[data-task-key='Task_IndividualConversation']").first();
        String candidate = claimable.locator("td").nth(1).innerText().strip();
        claimable.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Opnemen")).click();

        assertThat(page.getByTestId("flash")).containsText("op jouw naam");
        Locator mine = page.getByTestId("worklist-mine").locator("tr", new Locator.LocatorOptions()
                .setHasText(candidate)).filter(new Locator.FilterOptions().setHasText("Individueel gesprek"));
        mine.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Openen")).click();

        assertThat(page.locator("h1")).hasText("Individueel gesprek");
        page.getByLabel("Onderwerpen").fill("");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Afwerken")).click();
        assertThat(page.locator(".invalid-feedback")).containsText("Vul dit veld in.");

        page.getByLabel("Vorm").selectOption("PHONE");
        page.getByLabel("Onderwerpen").fill("Kennismaking: de persoon en het idee");
        page.getByLabel("Verslag").fill("Wil starten met een kleine klantenkring.");
        page.getByLabel("Afspraken en actiepunten").fill("Entre-spiegel afleggen bij de VDAB");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Afwerken")).click();

        assertThat(page).hasURL(url("/tasks"));
        assertThat(page.getByTestId("flash")).containsText("Taak afgewerkt voor " + candidate);
        assertThat(page.getByTestId("worklist-mine")
                .locator("tr[data-task-key='Task_EntreSpiegel']", new Locator.LocatorOptions().setHasText(candidate)))
                .hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/worklist-after.png"))
                .setFullPage(true));
    }
}
