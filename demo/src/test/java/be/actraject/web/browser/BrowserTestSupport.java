package be.actraject.web.browser;

import be.actraject.web.support.DemoAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Debian's chromium, headless, driven by Playwright against the application on its random port: one browser per test
 * class, a fresh context per test, and the steps every walk uses (sign in, press a button, save a screenshot under
 * target/screenshots).
 */
@ExtendWith(ChromiumCondition.class)
abstract class BrowserTestSupport {

    static final Path SHOTS = Path.of("target/screenshots");

    private static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    Page page;

    /** Today on the application's clock, which judges the dates the walks type. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(ChromiumCondition.CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=nl-BE")));
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
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("nl-BE")).newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    void signIn(String user) {
        page.navigate(url("/tasks"));
        assertThat(page).hasURL(url("/login"));
        page.getByLabel("Gebruikersnaam").fill(user);
        page.getByLabel("Wachtwoord").fill(DemoAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        // A sign-in hashes the password and opens the worklist: on a machine shared with other builds that can take
        // longer than the assertions' default five seconds.
        assertThat(page.getByTestId("signed-in-as"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }

    void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

}
