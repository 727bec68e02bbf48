package be.actraject.web.security;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.web.security.LoginNotice.Reason;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the login page says after a refused sign-in, in both languages: the lock and how long it lasts (never whether
 * the name exists: the notice has nothing that could say so), the name typed kept in its field, and said once only.
 */
@WebMvcTest(LoginController.class)
@Import(WebSliceConfiguration.class)
class LoginControllerTest {

    private static final Instant NOW = WebSliceConfiguration.NOW;

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;

    @Test
    void aWrongPasswordSaysWhenTheNameMayTryAgainAndKeepsTheName() throws Exception {
        MockHttpSession session = after(
                new LoginNotice("jan", Reason.WRONG, NOW.plusSeconds(3), Duration.ofSeconds(3)));

        String page = page("/login?error", session);

        assertThat(page).contains("Gebruikersnaam of wachtwoord is niet juist.",
                "pas opnieuw aanmelden om 10:30:03 (over 3 seconden).", "value=\"jan\"");
        assertThat(page("/login?error", session)).as("said once")
                .contains("Gebruikersnaam of wachtwoord is niet juist.").doesNotContain("10:30:03", "value=\"jan\"");
    }

    @Test
    void aLockedNameIsToldUntilWhenAndForHowLong() throws Exception {
        String page = page("/login?error",
                after(new LoginNotice("jan", Reason.NAME_LOCKED, NOW.plusSeconds(300), Duration.ofSeconds(300))));

        assertThat(page).contains("Aanmelden met deze gebruikersnaam is tijdelijk geblokkeerd",
                "het wachtwoord is niet nagekeken", "om 10:35:00 (over 5 minuten)")
                .doesNotContain("niet juist");
    }

    @Test
    void aLockedAddressIsToldInEnglishToo() throws Exception {
        String page = page("/login?error&lang=en",
                after(new LoginNotice("jan", Reason.SOURCE_LOCKED, NOW.plusSeconds(1), Duration.ofMillis(400))));

        assertThat(page).contains("Too many failed sign-ins from your network address",
                "Try again at 10:30:01 (in 1 second).");
    }

    @Test
    void aSignInNotCheckedBecauseTooManyCameAtOnceSaysSoAndNotThatThePasswordWasWrong() throws Exception {
        assertThat(page("/login?error", after(new LoginNotice("jan", Reason.BUSY, null, null))))
                .contains("Er melden zich op dit moment erg veel mensen tegelijk aan.",
                        "probeer het over enkele seconden opnieuw")
                .doesNotContain("Gebruikersnaam of wachtwoord is niet juist.");
        assertThat(page("/login?error&lang=en", after(new LoginNotice("jan", Reason.BUSY, null, null))))
                .contains("Very many people are signing in at this moment.");
    }

    @Test
    void withoutANoticeTheErrorIsTheGeneralOne() throws Exception {
        assertThat(page("/login?error", new MockHttpSession()))
                .contains("Gebruikersnaam of wachtwoord is niet juist.")
                .doesNotContain("geblokkeerd", "opnieuw aanmelden om");
        assertThat(page("/login", new MockHttpSession())).doesNotContain("data-testid=\"login-error\"");
    }

    @Test
    void aSessionEndedByAChangeOfRolesOrPasswordSaysWhyInTheUsersLanguage() throws Exception {
        assertThat(page("/login?ended=roles", new MockHttpSession()))
                .contains("Je rechten zijn gewijzigd; meld je opnieuw aan.");
        assertThat(page("/login?ended=password&lang=en", new MockHttpSession()))
                .contains("An administrator changed your password; please sign in again with the new password.");
        assertThat(page("/login?ended=elsewhere", new MockHttpSession())).as("nothing else is said")
                .doesNotContain("data-testid=\"session-ended\"");
    }

    private static MockHttpSession after(LoginNotice notice) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(LoginFailureHandler.NOTICE, notice);
        return session;
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
