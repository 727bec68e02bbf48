package be.actraject.web.browser;

import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser, which keeps sending a large body while the server has already answered: a file above the
 * server's limit comes back to the dossier's documents with the limit in the message (it used to end on the worklist
 * without a word), and an unknown address shows our page with its reference.
 */
@FullStackTest
class UploadTooLargeBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private static final int TOO_LARGE = 30 * 1024 * 1024;

    @Test
    void aFileTooLargeForTheServerComesBackToTheDossierWithTheLimit() {
        TestTrajectory candidate = new TestTrajectories(context).candidate("Uma", "Grootbestand").coachedBy("coach")
                .registered();
        signIn("coach");
        page.navigate(url(candidate.dossier()));
        String dossier = page.url();
        Locator form = page.getByTestId("document-upload");

        form.locator("input[type=file]").setInputFiles(new FilePayload("offerte.pdf", "application/pdf",
                new byte[TOO_LARGE]));
        form.locator("button[type=submit]").click();

        assertThat(page).hasURL(dossier + "#documents");
        assertThat(page.getByTestId("flash")).hasText("Het bestand is te groot: hoogstens 10 MB.");
    }

    @Test
    void anUnknownAddressIsOurPage() {
        signIn("coach");
        page.navigate(url("/groups/999999"));

        assertThat(page.getByTestId("error-page")).containsText("Niet gevonden");
        assertThat(page.getByTestId("error-reference")).containsText(Pattern.compile("Referentie [2-9A-Z]{8}"));
        shoot("error-page");
    }
}
